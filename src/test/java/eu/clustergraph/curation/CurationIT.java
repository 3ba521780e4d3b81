package eu.clustergraph.curation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curation end to end over HTTP with the test keys: who may change what, a curator's changes audited with the key's
 * name, versions checked, dry runs changing nothing, bad input changing nothing, ties following memberships. Every
 * test removes what it created.
 */
class CurationIT extends EmbeddedGraph {

	private static final String CREATE = """
			mutation { createCluster(input: { id: "CL-CURATED", name: "  Curated test cluster ", founded: 2019,
			  region: "DE111", primaryEcosystem: "AGRI", ecosystems: ["DIGI", "AGRI"], source: "https://example.org" })
			  { dryRun version change { sequence by action kind target before after } } }
			""";

	@Autowired
	WebTestClient web;

	@Autowired
	Driver driver;

	@AfterEach
	void removeWhatTheTestCreated() {
		this.driver.executableQuery("MATCH (c:Cluster {id: 'CL-CURATED'}) DETACH DELETE c").execute();
	}

	@Test
	void anAnonymousMutationIsUnauthenticatedAndChangesNothing() {
		post(null, CREATE).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).contains("X-API-Key").contains("CURATOR"));
		assertThat(clusterExists()).isFalse();
	}

	@Test
	void aReadersKeyOnAMutationIsForbidden() {
		post(TestKeys.READER, CREATE).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("FORBIDDEN")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).contains("test-reader").contains("CURATOR"));
		assertThat(clusterExists()).isFalse();
	}

	@Test
	void aKeyThatIsNotValidIsRefusedWith401() {
		this.web.post()
			.uri("/graphql")
			.header("X-API-Key", "test-curator.wrong-secret")
			.bodyValue(Map.of("query", "{ about { name } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void readsNeedNoKey() {
		post(null, "{ cluster(id: \"CL00001\") { id version } }").jsonPath("$.data.cluster.version").isEqualTo(0);
	}

	@Test
	void aCuratorsChangesAreAuditedWithTheKeysNameAndTheStatesBeforeAndAfter() {
		String since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).toString();
		post(TestKeys.CURATOR, CREATE).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.createCluster.version")
			.isEqualTo(1)
			.jsonPath("$.data.createCluster.change.by")
			.isEqualTo("test-curator")
			.jsonPath("$.data.createCluster.change.action")
			.isEqualTo("CREATE")
			.jsonPath("$.data.createCluster.change.after.name")
			.isEqualTo("Curated test cluster")
			.jsonPath("$.data.createCluster.change.after.ecosystems")
			.isEqualTo(List.of("AGRI (primary)", "DIGI"));
		post(TestKeys.CURATOR, "mutation { updateCluster(id: \"CL-CURATED\", version: 1, input: { name: \"Renamed\", "
				+ "acronym: \"RN\" }) { version } }")
			.jsonPath("$.data.updateCluster.version")
			.isEqualTo(2);

		post(null, "{ changes(since: \"" + since + "\", first: 100) { nodes { by action kind target before after } } }")
			.jsonPath("$.data.changes.nodes[?(@.target == 'CL-CURATED')].action")
			.isEqualTo(List.of("CREATE", "UPDATE"))
			.jsonPath("$.data.changes.nodes[?(@.target == 'CL-CURATED' && @.action == 'UPDATE')].by")
			.isEqualTo(List.of("test-curator"))
			.jsonPath("$.data.changes.nodes[?(@.target == 'CL-CURATED' && @.action == 'UPDATE')].before.name")
			.isEqualTo(List.of("Curated test cluster"))
			.jsonPath("$.data.changes.nodes[?(@.target == 'CL-CURATED' && @.action == 'UPDATE')].after.name")
			.isEqualTo(List.of("Renamed"));
		post(null, "{ changes(first: 100) { pageInfo { hasNextPage } } }").jsonPath("$.errors").doesNotExist();
		post(null, "{ cluster(id: \"CL-CURATED\") { name acronym founded version region { code } } }")
			.jsonPath("$.data.cluster.name")
			.isEqualTo("Renamed")
			.jsonPath("$.data.cluster.founded")
			.isEqualTo(2019)
			.jsonPath("$.data.cluster.region.code")
			.isEqualTo("DE111");
	}

	@Test
	void anUpdateBasedOnAnOldVersionIsAConflictAndChangesNothing() {
		post(TestKeys.CURATOR, CREATE);
		post(TestKeys.CURATOR, "mutation { updateCluster(id: \"CL-CURATED\", version: 1, input: { name: \"First\" }) "
				+ "{ version } }");
		post(TestKeys.CURATOR, "mutation { updateCluster(id: \"CL-CURATED\", version: 1, input: { name: \"Second\" }) "
				+ "{ version } }")
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("CONFLICT")
			.jsonPath("$.errors[0].extensions.currentVersion")
			.isEqualTo(2);
		post(null, "{ cluster(id: \"CL-CURATED\") { name version } }").jsonPath("$.data.cluster.name")
			.isEqualTo("First")
			.jsonPath("$.data.cluster.version")
			.isEqualTo(2);
	}

	@Test
	void aDeleteWithDryRunChangesNothingAndListsWhatWouldGo() {
		post(TestKeys.CURATOR, CREATE);
		long changes = changeCount();
		post(TestKeys.CURATOR, "mutation { deleteCluster(id: \"CL-CURATED\", version: 1, dryRun: true) "
				+ "{ dryRun change { sequence } removes { kind count } } }")
			.jsonPath("$.data.deleteCluster.dryRun")
			.isEqualTo(true)
			.jsonPath("$.data.deleteCluster.change")
			.doesNotExist()
			.jsonPath("$.data.deleteCluster.removes[?(@.kind == 'Cluster')].count")
			.isEqualTo(List.of(1))
			.jsonPath("$.data.deleteCluster.removes[?(@.kind == 'IN_ECOSYSTEM')].count")
			.isEqualTo(List.of(2))
			.jsonPath("$.data.deleteCluster.removes[?(@.kind == 'LOCATED_IN')].count")
			.isEqualTo(List.of(1));
		assertThat(clusterExists()).isTrue();
		assertThat(changeCount()).isEqualTo(changes);

		post(TestKeys.CURATOR, "mutation { deleteCluster(id: \"CL-CURATED\", version: 1) { dryRun change { action } } }")
			.jsonPath("$.data.deleteCluster.change.action")
			.isEqualTo("DELETE");
		assertThat(clusterExists()).isFalse();
	}

	@Test
	void inputTheImporterWouldRefuseIsAnErrorNamingTheFieldAndChangesNothing() {
		long changes = changeCount();
		post(TestKeys.CURATOR, CREATE.replace("founded: 2019", "founded: 1700")).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.argument")
			.isEqualTo("input.founded");
		post(TestKeys.CURATOR, CREATE.replace("region: \"DE111\"", "region: \"DE\"")).jsonPath("$.errors[0].extensions.argument")
			.isEqualTo("input.region")
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).contains("country"));
		post(TestKeys.CURATOR, CREATE.replace("\"  Curated test cluster \"", "\"  \"")).jsonPath("$.errors[0].extensions.argument")
			.isEqualTo("input.name");
		assertThat(clusterExists()).isFalse();
		assertThat(changeCount()).isEqualTo(changes);
	}

	@Test
	void aMembershipAddedGivesTheClusterItsTiesAndRemovedTakesThemAway() {
		post(TestKeys.CURATOR, CREATE);
		String company = this.driver
			.executableQuery("MATCH (m:Company)-[:MEMBER_OF]->(:Cluster) RETURN m.id AS id ORDER BY id LIMIT 1")
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();

		post(TestKeys.CURATOR, "mutation { addMembership(member: \"" + company + "\", cluster: \"CL-CURATED\", since: 2020) "
				+ "{ change { action kind target after } } }")
			.jsonPath("$.data.addMembership.change.target")
			.isEqualTo(company + " -> CL-CURATED")
			.jsonPath("$.data.addMembership.change.after.since")
			.isEqualTo(2020);
		post(null, "{ cluster(id: \"CL-CURATED\") { memberCount } }").jsonPath("$.data.cluster.memberCount").isEqualTo(1);
		assertThat(ties()).isPositive();

		post(TestKeys.CURATOR, "mutation { removeMembership(member: \"" + company + "\", cluster: \"CL-CURATED\", dryRun: true) "
				+ "{ removes { kind count } } }")
			.jsonPath("$.data.removeMembership.removes[0].kind")
			.isEqualTo("MEMBER_OF");
		assertThat(ties()).isPositive();
		post(TestKeys.CURATOR, "mutation { removeMembership(member: \"" + company + "\", cluster: \"CL-CURATED\") "
				+ "{ change { action } } }")
			.jsonPath("$.data.removeMembership.change.action")
			.isEqualTo("DELETE");
		assertThat(ties()).isZero();
	}

	private WebTestClient.BodyContentSpec post(String key, String document) {
		WebTestClient.RequestBodySpec request = this.web.post().uri("/graphql");
		if (key != null) {
			request = request.header("X-API-Key", key);
		}
		return request.bodyValue(Map.of("query", document)).exchange().expectStatus().isOk().expectBody();
	}

	private boolean clusterExists() {
		return single("MATCH (c:Cluster {id: 'CL-CURATED'}) RETURN count(c) AS n") > 0;
	}

	private long changeCount() {
		return single("MATCH (c:Change) RETURN count(c) AS n");
	}

	private long ties() {
		return single("MATCH (:Cluster {id: 'CL-CURATED'})-[t:TIED_WITH]-() RETURN count(t) AS n");
	}

	private long single(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
	}

}
