package eu.clustergraph.system.migration;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.startup.StartupProblem;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigrationsIT extends EmbeddedGraph {

	@Autowired
	Driver driver;

	@Autowired
	SchemaMigrations migrations;

	@Test
	void everyMigrationIsRecordedWithItsChecksum() {
		List<Migration> files = SchemaMigrations.discover();
		Map<Integer, String> recorded = recordedChecksums();
		assertThat(recorded).hasSize(files.size());
		for (Migration file : files) {
			assertThat(recorded).containsEntry(file.version(), file.checksum());
		}
	}

	@Test
	void runningAgainChangesNothing() {
		long schemaBefore = count("SHOW INDEXES YIELD name RETURN count(*) AS count");
		this.migrations.apply();
		assertThat(count("SHOW INDEXES YIELD name RETURN count(*) AS count")).isEqualTo(schemaBefore);
		assertThat(recordedChecksums()).hasSize(SchemaMigrations.discover().size());
	}

	@Test
	void anAppliedFileThatChangedStopsStartUp() {
		String original = recordedChecksums().get(1);
		write("MATCH (m:__Migration {version: 1}) SET m.checksum = 'edited'");
		try {
			assertThatThrownBy(this.migrations::apply).isInstanceOf(StartupProblem.class)
				.hasMessageContaining("V0001__Create_constraints.cypher has changed since it was applied");
		}
		finally {
			write("MATCH (m:__Migration {version: 1}) SET m.checksum = '" + original + "'");
		}
	}

	@Test
	void everyNodeKeyIsBackedByAUniquenessConstraint() {
		List<String> constraints = this.driver
			.executableQuery("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
					+ "RETURN labelsOrTypes[0] + '.' + apoc.text.join(properties, ',') + ' ' + type AS c")
			.execute()
			.records()
			.stream()
			.map(record -> record.get("c").asString())
			.toList();
		assertThat(constraints).contains("Cluster.id UNIQUENESS", "Company.id UNIQUENESS",
				"Organisation.id UNIQUENESS", "Partnership.id UNIQUENESS", "Ecosystem.id UNIQUENESS",
				"ValueChain.id UNIQUENESS", "Stage.id UNIQUENESS", "Activity.code UNIQUENESS",
				"IndicatorValue.id UNIQUENESS", "Region.code,version UNIQUENESS");
	}

	@Test
	void fullTextSearchIgnoresAccentsAndCase() {
		write("CREATE (:Cluster {id: 'TEST-FOLDING', name: 'Pôle Véhicule du Futur'})");
		try {
			awaitIndexes();
			for (String query : List.of("Pole", "Pôle", "POLE", "pole vehicule", "VÉHICULE")) {
				assertThat(this.driver
					.executableQuery("CALL db.index.fulltext.queryNodes('cluster_text', $q) YIELD node "
							+ "RETURN collect(node.id) AS ids")
					.withParameters(Map.of("q", query))
					.execute()
					.records()
					.get(0)
					.get("ids")
					.asList()).as(query).contains("TEST-FOLDING");
			}
		}
		finally {
			write("MATCH (c:Cluster {id: 'TEST-FOLDING'}) DETACH DELETE c");
		}
	}

	@Test
	void regionNamesAreSearchableInLatinAndNationalScript() {
		awaitIndexes();
		List<Object> codes = this.driver
			.executableQuery("CALL db.index.fulltext.queryNodes('region_text', 'baden wurttemberg') YIELD node "
					+ "WHERE node.version = 2021 RETURN collect(node.code) AS codes")
			.execute()
			.records()
			.get(0)
			.get("codes")
			.asList();
		assertThat(codes).contains("DE1");
	}

	private void awaitIndexes() {
		write("CALL db.awaitIndexes(60)");
	}

	private Map<Integer, String> recordedChecksums() {
		return this.driver.executableQuery("MATCH (m:__Migration) RETURN m.version AS v, m.checksum AS c")
			.execute()
			.records()
			.stream()
			.collect(java.util.stream.Collectors.toMap(record -> record.get("v").asInt(),
					record -> record.get("c").asString()));
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("count").asLong();
	}

	private void write(String cypher) {
		this.driver.executableQuery(cypher).execute();
	}

}
