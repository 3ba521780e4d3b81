package eu.clustergraph.cooperation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import eu.clustergraph.importer.DatasetImporter;
import eu.clustergraph.importer.ImportOptions;
import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The derived ties after an import: only the touched clusters' ties change, with the strength their evidence gives. */
class CooperationTiesIT extends EmbeddedGraph {

	@Autowired
	DatasetImporter importer;

	@Autowired
	CooperationTies ties;

	@Autowired
	Driver driver;

	@TempDir
	Path directory;

	private List<String> touched = List.of();

	@AfterEach
	void restore() {
		if (!this.touched.isEmpty()) {
			run("MATCH (a:Cluster {id: $a})-[r:AGREEMENT_WITH {kind: 'TEST'}]-(b:Cluster {id: $b}) DELETE r",
					Map.of("a", this.touched.get(0), "b", this.touched.get(1)));
			this.ties.rederive(this.touched);
		}
		run("MATCH (d:Dataset) WHERE d.directory STARTS WITH $tmp DELETE d", Map.of("tmp", this.directory.toString()));
	}

	@Test
	void anImportedAgreementRederivesTheTiesOfItsTwoClustersOnly() throws IOException {
		// two clusters without an agreement, and a tie between two others that the import does not touch
		Record pair = single("""
				MATCH (a:Cluster), (b:Cluster)
				WHERE a.id < b.id AND a.id STARTS WITH 'CL' AND b.id STARTS WITH 'CL' AND NOT (a)-[:AGREEMENT_WITH]-(b)
				RETURN a.id AS a, b.id AS b ORDER BY a, b LIMIT 1""", Map.of());
		String a = pair.get("a").asString();
		String b = pair.get("b").asString();
		Record untouched = single("""
				MATCH (c:Cluster)-[t:TIED_WITH]->(d:Cluster)
				WHERE NOT c.id IN [$a, $b] AND NOT d.id IN [$a, $b]
				RETURN elementId(t) AS id, t.strength AS strength ORDER BY c.id, d.id LIMIT 1""", Map.of("a", a, "b", b));
		long tiesBefore = single("MATCH (:Cluster)-[t:TIED_WITH]->(:Cluster) RETURN count(t) AS n", Map.of()).get("n").asLong();
		double before = single("""
				OPTIONAL MATCH (:Cluster {id: $a})-[t:TIED_WITH]-(:Cluster {id: $b})
				RETURN coalesce(t.strength, 0.0) AS s""", Map.of("a", a, "b", b)).get("s").asDouble();

		Files.writeString(this.directory.resolve("agreements.csv"),
				"cluster_id,partner_id,kind,since\n" + a + "," + b + ",TEST,2026\n");
		this.touched = List.of(a, b);
		assertThat(this.importer.importDataset(new ImportOptions(this.directory, false, null, 2021)).problems()).isEmpty();

		Record tie = single("""
				MATCH (:Cluster {id: $a})-[t:TIED_WITH]->(:Cluster {id: $b})
				RETURN t.agreements AS agreements, t.agreementStrength AS p, t.strength AS strength""", Map.of("a", a, "b", b));
		assertThat(tie.get("agreements").asInt()).isEqualTo(1);
		assertThat(tie.get("p").asDouble()).isCloseTo(0.9, within(1e-9));
		// 1 - (1 - before) * (1 - 0.9): an agreement on top of what tied them already
		assertThat(tie.get("strength").asDouble()).isCloseTo(1 - (1 - before) * 0.1, within(1e-5));
		assertThat(single("MATCH ()-[t:TIED_WITH]->() WHERE elementId(t) = $id RETURN t.strength AS s",
				Map.of("id", untouched.get("id").asString())).get("s").asDouble()).isEqualTo(untouched.get("strength").asDouble());
		long tiesAfter = single("MATCH (:Cluster)-[t:TIED_WITH]->(:Cluster) RETURN count(t) AS n", Map.of()).get("n").asLong();
		assertThat(tiesAfter - tiesBefore).isEqualTo((before == 0) ? 1 : 0);
	}

	@Test
	void derivingSomeClustersAgainGivesTheTiesAFullDerivationGave() {
		String census = """
				MATCH (a:Cluster)-[t:TIED_WITH]->(b:Cluster)
				RETURN a.id + '-' + b.id + ' ' + t.strength + ' ' + t.sharedMembers + '/' + t.partnerships + '/'
				       + t.agreements + '/' + t.memberCooperations + ' '
				       + apoc.text.join(coalesce(t.sampleFrom, []) + coalesce(t.sampleTo, []), ',')
				       AS tie ORDER BY tie""";
		List<String> full = this.driver.executableQuery(census).execute().records().stream()
			.map(r -> r.get("tie").asString()).toList();
		// clusters tied to each other and to untouched ones: every pair is found from one end or both
		List<String> some = this.driver.executableQuery("""
				MATCH (c:Cluster) WHERE c.id STARTS WITH 'CL' RETURN c.id AS id ORDER BY COUNT { (c)-[:TIED_WITH]-() } DESC, id LIMIT 5""")
			.execute().records().stream().map(r -> r.get("id").asString()).toList();
		this.ties.rederive(some);
		assertThat(this.driver.executableQuery(census).execute().records().stream().map(r -> r.get("tie").asString()))
			.containsExactlyElementsOf(full);
	}

	@Test
	void aTiesStrengthCombinesItsChannelsAsTheFormulaSays() {
		// every tie, recomputed here from its evidence counts and the clusters' sizes
		this.driver.executableQuery("""
				MATCH (a:Cluster)-[t:TIED_WITH]->(b:Cluster)
				RETURN t.sharedMembers AS s, t.partnerships AS p, t.agreements AS g, t.memberCooperations AS l,
				       COUNT { (a)<-[:MEMBER_OF]-() } AS ma, COUNT { (b)<-[:MEMBER_OF]-() } AS mb, t.strength AS strength""")
			.execute()
			.records()
			.forEach(record -> {
				double rest = Math.pow(0.75, record.get("s").asInt()) * Math.pow(0.3, record.get("p").asInt())
						* Math.pow(0.1, record.get("g").asInt()) * Math.exp(-20.0 * record.get("l").asInt()
								/ Math.sqrt((double) record.get("ma").asInt() * record.get("mb").asInt()));
				assertThat(record.get("strength").asDouble()).isCloseTo(1 - rest, within(5e-6)).isPositive();
			});
	}

	private Record single(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0);
	}

	private void run(String cypher, Map<String, Object> parameters) {
		this.driver.executableQuery(cypher).withParameters(parameters).execute();
	}

}
