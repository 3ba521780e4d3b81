package eu.clustergraph.partnership;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void euroclustersShowTheirProgrammeTargetsAndPartnersFromThreeCountries() {
		var response = this.graphQl.documentName("euroclustersWithPartners").execute();
		response.errors().verify();
		long expected = count("MATCH (p:Partnership {kind: 'EUROCLUSTER'}) RETURN count(p) AS n");
		response.path("partnerships.totalCount").entity(Long.class).isEqualTo(expected);
		response.path("partnerships.nodes").entityList(Map.class).satisfies(nodes -> {
			assertThat(nodes).hasSize((int) expected).isNotEmpty();
			for (Map<?, ?> node : nodes) {
				assertThat(((Map<?, ?>) node.get("programme")).get("id")).isEqualTo("EUROCLUSTERS_W1");
				List<?> clusters = (List<?>) node.get("clusters");
				assertThat(((Map<?, ?>) clusters.get(0)).get("role")).isEqualTo("COORDINATOR");
				assertThat(clusters.stream().map(c -> ((Map<?, ?>) ((Map<?, ?>) c).get("cluster")).get("country")).distinct())
					.hasSizeGreaterThanOrEqualTo(3);
				assertThat((List<?>) node.get("ecosystems")).isNotEmpty();
			}
		});
	}

	@Test
	void aClusterListsThePartnershipsThatListIt() {
		String cluster = this.driver.executableQuery("MATCH (c:Cluster)-[:PARTICIPATES_IN]->() RETURN c.id AS id LIMIT 1")
			.execute().records().get(0).get("id").asString();
		var response = this.graphQl.document("query($id: ID!) { cluster(id: $id) { partnerships { role partnership { id "
				+ "clusters { cluster { id } } } } } }").variable("id", cluster).execute();
		response.errors().verify();
		response.path("cluster.partnerships[*].partnership.clusters[*].cluster.id").entityList(String.class).contains(cluster);
	}

	@Test
	void agreementsReadTheSameFromBothSides() {
		var pair = this.driver.executableQuery("MATCH (a:Cluster)-[:AGREEMENT_WITH]->(b:Cluster) RETURN a.id AS a, b.id AS b LIMIT 1")
			.execute().records().get(0);
		String document = "query($id: ID!) { cluster(id: $id) { agreements { kind since cluster { id } } } }";
		this.graphQl.document(document).variable("id", pair.get("a").asString()).execute()
			.path("cluster.agreements[*].cluster.id").entityList(String.class).contains(pair.get("b").asString());
		this.graphQl.document(document).variable("id", pair.get("b").asString()).execute()
			.path("cluster.agreements[*].cluster.id").entityList(String.class).contains(pair.get("a").asString());
	}

	@Test
	void partnershipsAndOrganisationsFilterLikeTheGraph() {
		long running = count("MATCH (p:Partnership) WHERE p.startYear <= 2020 AND p.endYear >= 2020 RETURN count(p) AS n");
		long universities = count("MATCH (o:Organisation {type: 'UNIVERSITY'}) RETURN count(o) AS n");
		this.graphQl.document("{ partnerships(filter: { activeIn: 2020 }) { totalCount } "
				+ "organisations(filter: { type: UNIVERSITY }, sort: NAME) { totalCount nodes { type } } }")
			.execute()
			.path("partnerships.totalCount").entity(Long.class).isEqualTo(running)
			.path("organisations.totalCount").entity(Long.class).isEqualTo(universities)
			.path("organisations.nodes[*].type").entityList(String.class).satisfies(types -> assertThat(types).containsOnly("UNIVERSITY"));
	}

	@Test
	void anUnknownPartnershipIsNullWithoutError() {
		this.graphQl.document("{ partnership(id: \"PA999\") { id } }").execute().errors().verify().path("partnership").valueIsNull();
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
	}

}
