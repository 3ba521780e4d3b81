package eu.clustergraph.reference;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataIT extends EmbeddedGraph {

	@Autowired
	Driver driver;

	@Autowired
	ReferenceDataLoader loader;

	@Test
	void eu27Nuts2021HasTheOfficialRegionCountsPerLevel() {
		assertThat(regionsPerLevel(2021)).containsExactly(27L, 92L, 242L, 1166L);
	}

	@Test
	void eu27Nuts2024HasTheOfficialRegionCountsPerLevel() {
		assertThat(regionsPerLevel(2024)).containsExactly(27L, 92L, 244L, 1165L);
	}

	@Test
	void everyRegionBelowACountryIsPartOfTheLevelAboveInTheSameVersion() {
		assertThat(count("""
				MATCH (r:Region) WHERE r.level > 0
				  AND NOT EXISTS { (r)-[:PART_OF]->(p:Region {version: r.version}) WHERE p.level = r.level - 1 }
				RETURN count(r) AS count""")).isZero();
	}

	@Test
	void naceHasItsFourLevelsWithNotesAndHierarchy() {
		assertThat(count("MATCH (a:Activity {level: 1}) RETURN count(a) AS count")).isEqualTo(21);
		assertThat(count("MATCH (a:Activity {level: 2}) RETURN count(a) AS count")).isEqualTo(88);
		assertThat(count("MATCH (a:Activity {level: 3}) RETURN count(a) AS count")).isEqualTo(272);
		assertThat(count("MATCH (a:Activity {level: 4}) RETURN count(a) AS count")).isEqualTo(615);
		assertThat(count("MATCH (a:Activity) WHERE a.level > 1 AND NOT (a)-[:PART_OF]->(:Activity) RETURN count(a) AS count"))
			.isZero();
		assertThat(count("MATCH (a:Activity) WHERE a.includes IS NOT NULL RETURN count(a) AS count")).isGreaterThan(500);
	}

	@Test
	void ecosystemsValueChainsStagesAndProgrammesAreComplete() {
		assertThat(count("MATCH (e:Ecosystem) RETURN count(e) AS count")).isEqualTo(14);
		assertThat(count("MATCH (v:ValueChain) RETURN count(v) AS count")).isEqualTo(14);
		assertThat(count("MATCH (:ValueChain)-[:HAS_STAGE]->(s:Stage) RETURN count(s) AS count")).isEqualTo(74);
		assertThat(count("MATCH (p:PartnershipProgramme) RETURN count(p) AS count")).isEqualTo(6);
		assertThat(count("MATCH (s:Stage) WHERE NOT (s)-[:KEY_ACTIVITY]->(:Activity) RETURN count(s) AS count"))
			.isZero();
	}

	@Test
	void feedsFollowTheStagesFile() {
		long follows = ReferenceFiles.read(ReferenceFiles.VALUE_CHAIN_STAGES)
			.stream()
			.mapToLong(row -> row.list("follows").size())
			.sum();
		assertThat(count("MATCH (:Stage)-[f:FEEDS]->(:Stage) RETURN count(f) AS count")).isEqualTo(follows);
	}

	@Test
	void theWorkingMapKeepsItsBasisOnEveryEdge() {
		assertThat(count("MATCH (:Activity)-[m:IN_ECOSYSTEM]->(:Ecosystem) RETURN count(m) AS count")).isEqualTo(114);
		assertThat(count("MATCH (:Activity)-[m:IN_ECOSYSTEM]->(:Ecosystem) WHERE m.basis IS NULL OR m.weight IS NULL "
				+ "RETURN count(m) AS count")).isZero();
	}

	@Test
	void everyStageCarriesTheIdAndOrdinalOfTheValueChainThatHasIt() {
		assertThat(count("MATCH (s:Stage) RETURN count(s) AS count"))
			.isEqualTo(ReferenceFiles.read(ReferenceFiles.VALUE_CHAIN_STAGES).size());
		assertThat(count("MATCH (v:ValueChain)-[:HAS_STAGE]->(s:Stage) WHERE s.valueChain = v.id "
				+ "AND s.valueChainOrdinal = v.ordinal RETURN count(s) AS count"))
			.isEqualTo(ReferenceFiles.read(ReferenceFiles.VALUE_CHAIN_STAGES).size());
	}

	@Test
	void loadingAgainChangesNothing() {
		Map<String, Long> before = census();
		this.loader.load();
		assertThat(census()).isEqualTo(before);
		assertThat(this.loader.isCurrent()).isTrue();
	}

	@Test
	void aReloadDropsTheLinksTheFilesNoLongerHave() {
		Map<String, Long> before = census();
		// one link of every kind the files define, that no file has: what an older file could have left behind
		List<String> stale = List.of(
				"MATCH (a:Stage), (b:Stage) WHERE a <> b AND NOT (a)-[:FEEDS]->(b) WITH a, b ORDER BY a.id, b.id LIMIT 1 "
						+ "CREATE (a)-[:FEEDS {stale: true}]->(b)",
				"MATCH (s:Stage), (a:Activity) WHERE NOT (s)-[:KEY_ACTIVITY]->(a) WITH s, a ORDER BY s.id, a.code LIMIT 1 "
						+ "CREATE (s)-[:KEY_ACTIVITY {stale: true}]->(a)",
				"MATCH (v:ValueChain), (s:Stage) WHERE NOT (v)-[:HAS_STAGE]->(s) WITH v, s ORDER BY v.id, s.id LIMIT 1 "
						+ "CREATE (v)-[:HAS_STAGE {stale: true}]->(s)",
				"MATCH (v:ValueChain), (e:Ecosystem) WHERE NOT (v)-[:IN_ECOSYSTEM]->(e) WITH v, e ORDER BY v.id, e.id "
						+ "LIMIT 1 CREATE (v)-[:IN_ECOSYSTEM {stale: true}]->(e)",
				"MATCH (v:ValueChain), (a:Activity) WHERE NOT (v)-[:KEY_ACTIVITY]->(a) WITH v, a ORDER BY v.id, a.code "
						+ "LIMIT 1 CREATE (v)-[:KEY_ACTIVITY {stale: true}]->(a)",
				"MATCH (a:Activity), (e:Ecosystem) WHERE NOT (a)-[:IN_ECOSYSTEM]->(e) WITH a, e ORDER BY a.code, e.id "
						+ "LIMIT 1 CREATE (a)-[:IN_ECOSYSTEM {stale: true, weight: 1.0, basis: 'an older map'}]->(e)");
		stale.forEach(cypher -> this.driver.executableQuery(cypher).execute());
		assertThat(count("MATCH ()-[r {stale: true}]->() RETURN count(r) AS count")).isEqualTo(stale.size());

		this.loader.load();

		assertThat(count("MATCH ()-[r {stale: true}]->() RETURN count(r) AS count")).isZero();
		assertThat(census()).isEqualTo(before);
	}

	private Map<String, Long> census() {
		return Map.of("nodes", count("MATCH (n) RETURN count(n) AS count"), "relationships",
				count("MATCH ()-[r]->() RETURN count(r) AS count"));
	}

	private List<Long> regionsPerLevel(int version) {
		return this.driver
			.executableQuery("UNWIND range(0, 3) AS level "
					+ "MATCH (r:Region {version: $version, level: level, eu: true}) "
					+ "RETURN level, count(r) AS count ORDER BY level")
			.withParameters(Map.of("version", version))
			.execute()
			.records()
			.stream()
			.map(record -> record.get("count").asLong())
			.toList();
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("count").asLong();
	}

}
