package eu.clustergraph;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import eu.clustergraph.importer.DatasetImporter;
import eu.clustergraph.importer.ImportOptions;
import eu.clustergraph.importer.ImportResult;
import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real and synthetic side by side (issue 13): the packaged real set imported beside the test preset, its provenance
 * on every node and relationship the API shows, and the {@code synthetic} filters. The real rows are removed after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvenanceIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	DatasetImporter importer;

	@Autowired
	eu.clustergraph.network.NetworkReports reports;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@BeforeAll
	void importTheRealSet() throws Exception {
		ImportResult result = this.importer.importDataset(new ImportOptions(RealDatasetIT.REAL, false, null, 2021));
		assertThat(result.problems()).isEmpty();
	}

	@AfterAll
	void removeTheRealSet() {
		this.driver.executableQuery("MATCH (n) WHERE (n:Cluster AND n.id STARTS WITH 'RC') OR (n:Partnership AND n.id STARTS WITH 'RP') DETACH DELETE n").execute();
		this.driver.executableQuery("MATCH (d:Dataset) WHERE d.directory ENDS WITH $dir DELETE d")
			.withParameters(Map.of("dir", Path.of("datasets", "real").toString()))
			.execute();
	}

	@Test
	void searchFindsARealClusterFirstWithItsSource() {
		Map<String, Object> hit = this.graphQl.document("""
				{ search(text: "silicon saxony", first: 3) { id node { ... on Cluster { name synthetic source } } } }""")
			.execute()
			.path("search[0]")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(hit.get("id")).isEqualTo("RC0002");
		Map<?, ?> node = (Map<?, ?>) hit.get("node");
		assertThat(node.get("synthetic")).isEqualTo(false);
		assertThat((String) node.get("source")).startsWith("https://www.silicon-saxony.de/");
	}

	@Test
	void aMatchOnANameRanksAboveAMatchInANoteAcrossKinds() {
		// "pole" is in NACE notes (pole vaulting, electricity poles) and in the names of the real French poles
		List<Map<String, Object>> hits = this.graphQl.document("{ search(text: \"pole\", first: 20) { kind matched name } }")
			.execute()
			.path("search")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(hits.get(0)).containsEntry("kind", "CLUSTER").containsEntry("matched", "NAME");
		assertThat((String) hits.get(0).get("name")).containsIgnoringCase("pôle");
		// every name match comes before every text match
		List<Object> tiers = hits.stream().map(hit -> hit.get("matched")).map(m -> "TEXT".equals(m) ? 1 : 0).map(Object.class::cast).toList();
		assertThat(tiers).isSortedAccordingTo((a, b) -> Integer.compare((Integer) a, (Integer) b));
		assertThat(hits).anySatisfy(hit -> assertThat(hit).containsEntry("matched", "TEXT"));
	}

	@Test
	void theSyntheticFilterSplitsRealFromGeneratedClustersCompaniesAndPartnerships() {
		assertThat(total("clusters(filter: {synthetic: false})")).isEqualTo(97);
		assertThat(total("clusters(filter: {synthetic: true})")).isEqualTo(35);
		assertThat(total("companies(filter: {synthetic: false})")).isZero();
		assertThat(total("partnerships(filter: {synthetic: false})")).isEqualTo(28);
		assertThat(total("partnerships(filter: {synthetic: false, kind: EUROCLUSTER})")).isEqualTo(9);
		List<Map<String, Object>> rows = this.graphQl.document("{ statistics(groupBy: PROVENANCE) { group clusters companies } }")
			.execute()
			.path("statistics")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(rows).containsExactly(Map.of("group", "REAL", "clusters", 97, "companies", 0),
				Map.of("group", "SYNTHETIC", "clusters", 35, "companies", 5_000));
	}

	@Test
	void theNetworkReportCountsWhatIsReal() {
		var report = this.reports.of(List.of(0.6)).get(0);
		assertThat(report.real()).containsEntry("clusters", 97).containsEntry("partnerships", 28)
			.containsEntry("agreements", 2);
		// the real ties are those among real clusters with real evidence, counted here in Cypher
		long realTies = this.driver.executableQuery("""
				MATCH (a:Cluster)-[t:TIED_WITH]->(b:Cluster)
				WHERE t.strength >= 0.6 AND a.id STARTS WITH 'RC' AND b.id STARTS WITH 'RC'
				  AND (EXISTS { (a)-[:AGREEMENT_WITH]-(b) } OR EXISTS { (a)-[:PARTICIPATES_IN]->(:Partnership)<-[:PARTICIPATES_IN]-(b) })
				RETURN count(t) AS n""").execute().records().get(0).get("n").asLong();
		assertThat(realTies).isPositive();
		assertThat(report.real().get("ties")).isEqualTo((int) realTies);
	}

	@Test
	void realPartnershipsListTheirRealPartnersAsRealParticipations() {
		List<Map<String, Object>> partners = this.graphQl.document("""
				{ partnerships(filter: {synthetic: false}, first: 100) { nodes { id clusters { synthetic cluster { id synthetic } } } } }""")
			.execute()
			.path("partnerships.nodes[*].clusters[*]")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(partners).hasSize(70).allSatisfy(partner -> {
			assertThat(partner.get("synthetic")).isEqualTo(false);
			assertThat(((Map<?, ?>) partner.get("cluster")).get("id").toString()).startsWith("RC");
		});
	}

	@Test
	void agreementsMembershipsAndTiesSayWhetherTheyAreGenerated() {
		Map<String, Object> real = cluster("RC0035", "agreements { synthetic cluster { id } }");
		assertThat((List<?>) real.get("agreements")).singleElement()
			.satisfies(agreement -> assertThat(((Map<?, ?>) agreement).get("synthetic")).isEqualTo(false));
		String generated = this.driver.executableQuery(
				"MATCH (c:Cluster)-[:AGREEMENT_WITH]-() WHERE c.id STARTS WITH 'CL' RETURN c.id AS id ORDER BY id LIMIT 1")
			.execute().records().get(0).get("id").asString();
		Map<String, Object> synthetic = cluster(generated, "agreements { synthetic } members(first: 3) { edges { synthetic } }");
		Map<String, Object> company = this.graphQl.document("""
				{ companies(first: 1, filter: {synthetic: true}) { nodes { cooperationPartners { synthetic } suppliers { synthetic } } } }""")
			.execute()
			.path("companies.nodes[0]")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat((List<?>) company.get("cooperationPartners")).isNotEmpty()
			.allSatisfy(link -> assertThat(((Map<?, ?>) link).get("synthetic")).isEqualTo(true));
		assertThat((List<?>) synthetic.get("agreements"))
			.allSatisfy(agreement -> assertThat(((Map<?, ?>) agreement).get("synthetic")).isEqualTo(true));
		assertThat((List<?>) ((Map<?, ?>) synthetic.get("members")).get("edges"))
			.allSatisfy(edge -> assertThat(((Map<?, ?>) edge).get("synthetic")).isEqualTo(true));
		// the agreement ties the two real clusters with real evidence; a generated tie is synthetic
		assertThat(this.driver.executableQuery("MATCH (:Cluster {id: 'RC0015'})-[t:TIED_WITH]-(:Cluster {id: 'RC0035'}) RETURN t.synthetic AS s")
			.execute().records()).singleElement().satisfies(record -> assertThat(record.get("s").asBoolean()).isFalse());
		// the first path search of a run warms GDS up, which can take longer than the client's default 5 s
		List<Object> hops = this.graphQl.mutate()
			.webTestClient(client -> client.responseTimeout(java.time.Duration.ofSeconds(60)))
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.build().document("""
				{ cooperationPaths(from: "RC0035", to: "RC0015", k: 1, minStrength: 0.5) { hops { synthetic } } }""")
			.execute()
			.path("cooperationPaths[0].hops[*].synthetic")
			.entityList(Object.class)
			.get();
		assertThat(hops).containsExactly(false);
		assertThat(this.driver.executableQuery("MATCH ()-[t:TIED_WITH]-() WHERE t.synthetic IS NULL OR (t.synthetic = false AND NOT (startNode(t).id STARTS WITH 'RC' AND endNode(t).id STARTS WITH 'RC')) RETURN count(t) AS n")
			.execute().records().get(0).get("n").asLong()).isZero();
	}

	@Test
	void aNewerRealSetChangesTheEditedRowsAndKeepsTheSyntheticMembers(@org.junit.jupiter.api.io.TempDir Path newer)
			throws Exception {
		// a generated member of a real cluster, as the first start's blended dataset gives it
		String company = this.driver.executableQuery("MATCH (c:Company) RETURN c.id AS id ORDER BY id LIMIT 1")
			.execute().records().get(0).get("id").asString();
		this.driver.executableQuery("MATCH (co:Company {id: $id}), (c:Cluster {id: 'RC0002'}) MERGE (co)-[:MEMBER_OF {since: 2020}]->(c)")
			.withParameters(Map.of("id", company)).execute();
		Map<String, Object> before = census();
		for (String file : List.of("clusters.csv", "cluster_ecosystems.csv", "partnerships.csv", "partnership_members.csv",
				"agreements.csv")) {
			String text = java.nio.file.Files.readString(RealDatasetIT.REAL.resolve(file));
			if (file.equals("clusters.csv")) {
				// Silicon Saxony's label is edited, nothing else
				String line = text.lines().filter(row -> row.startsWith("RC0002,")).findFirst().orElseThrow();
				text = text.replace(line, line.replace(",GOLD,", ",SILVER,"));
			}
			if (file.equals("partnership_members.csv")) {
				text = text + "RP001,RC0002,PARTNER\n";
			}
			java.nio.file.Files.writeString(newer.resolve(file), text);
		}
		ImportResult result = this.importer.importDataset(new ImportOptions(newer, false, null, 2021));
		assertThat(result.problems()).isEmpty();
		assertThat(cluster("RC0002", "excellenceLabel members(first: 5) { totalCount } partnerships { partnership { id } }"))
			.containsEntry("excellenceLabel", "SILVER")
			.containsEntry("members", Map.of("totalCount", 1))
			.satisfies(cluster -> assertThat((List<Object>) cluster.get("partnerships"))
				.contains((Object) Map.of("partnership", Map.of("id", "RP001"))));
		Map<String, Object> after = census();
		// one more participation (and the ties it gives); every other count as it was
		assertThat(after.get("clusters")).isEqualTo(before.get("clusters"));
		assertThat(after.get("memberships")).isEqualTo(before.get("memberships"));
		assertThat(after.get("participations")).isEqualTo((Long) before.get("participations") + 1);
		assertThat(after.get("gold")).isEqualTo((Long) before.get("gold") - 1);
		this.driver.executableQuery("MATCH (d:Dataset) WHERE d.directory = $dir DELETE d")
			.withParameters(Map.of("dir", newer.toAbsolutePath().normalize().toString())).execute();
		this.driver.executableQuery("MATCH (:Company {id: $id})-[m:MEMBER_OF]->(:Cluster {id: 'RC0002'}) DELETE m")
			.withParameters(Map.of("id", company)).execute();
		this.importer.importDataset(new ImportOptions(RealDatasetIT.REAL, false, null, 2021));
		this.driver.executableQuery("MATCH (:Cluster {id: 'RC0002'})-[r:PARTICIPATES_IN]->(:Partnership {id: 'RP001'}) DELETE r").execute();
		// the ties that participation gave go with it, as after an import that touched the cluster
		this.events.publishEvent(new eu.clustergraph.importer.DatasetImported(newer, java.util.Set.of("RC0002"),
				java.util.Set.of(), java.util.Set.of()));
	}

	private Map<String, Object> census() {
		return this.driver.executableQuery("""
				RETURN COUNT { (c:Cluster) } AS clusters, COUNT { ()-[:MEMBER_OF]->() } AS memberships,
				       COUNT { ()-[:PARTICIPATES_IN]->() } AS participations,
				       COUNT { (c:Cluster {excellenceLabel: 'GOLD'}) } AS gold""")
			.execute().records().get(0).asMap();
	}

	private Map<String, Object> cluster(String id, String fields) {
		return this.graphQl.document("{ cluster(id: \"" + id + "\") { " + fields + " } }")
			.execute()
			.path("cluster")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private int total(String field) {
		return this.graphQl.document("{ " + field.replace(")", ", first: 1) { totalCount }") + " }")
			.execute()
			.path(field.substring(0, field.indexOf('(')) + ".totalCount")
			.entity(Integer.class)
			.get();
	}

}
