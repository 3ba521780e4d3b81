package eu.clustergraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import eu.clustergraph.cooperation.CooperationTies;
import eu.clustergraph.system.Sha256;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk first start and the online import write the same graph. This context loads the 5,000-company preset,
 * with the real clusters, partnerships and agreements (so ties between real clusters are not synthetic), online
 * ({@code clustergraph.dataset.bulk=false}); the test batch-imports the same dataset directory into a new store and
 * compares what an import writes: every node of the dataset's labels with all its properties, and every relationship
 * an import writes with its ends and properties (the marker's completion time and the derived network metrics
 * aside). So is the reference data, which the online context loads with the reference data step and the bulk first
 * start writes with its store ({@code BulkReference}). The cooperation ties are among them too: both imports derive
 * them from the rows in Java ({@code BulkTies}; the online import through {@code ImportedTies}, as every node of this
 * dataset is new), so the test then derives them again in the graph ({@code derive-ties.cypher}) and compares, tie by
 * tie and property by property.
 */
@SpringBootTest(properties = { "clustergraph.neo4j.embedded.bolt-port=0", "clustergraph.dataset.companies=5000",
		"clustergraph.dataset.bulk=false" })
class BulkFirstStartIT {

	private static final Path DATA_DIR = Path.of("target", "it-data", "online-" + UUID.randomUUID());

	private static final List<String> DATASET_LABELS = List.of("Cluster", "Company", "Organisation", "Partnership",
			"IndicatorValue", "Dataset", "TieNetwork", "Region", "Activity", "Ecosystem", "ValueChain", "Stage",
			"PartnershipProgramme", "ReferenceDataset");

	private static final List<String> IMPORTED_TYPES = List.of("LOCATED_IN", "HAS_ACTIVITY", "MEMBER_OF", "IN_ECOSYSTEM",
			"CONTRIBUTES_TO", "ACTIVE_IN", "COOPERATES_WITH", "SUPPLIES", "PARTICIPATES_IN", "TARGETS", "AGREEMENT_WITH",
			"HAS_INDICATOR", "EMPLOYS", "OF_PROGRAMME", "TIED_WITH", "PART_OF", "KEY_ACTIVITY", "HAS_STAGE", "FEEDS");

	@Autowired
	DatabaseManagementService online;

	@Autowired
	CooperationTies ties;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("clustergraph.data-dir", DATA_DIR::toString);
	}

	@Test
	void aBulkFirstStartWritesTheGraphTheOnlineImportWrites() throws Exception {
		Path dataset = DATA_DIR.resolve("datasets").resolve("synthetic-5000-20240507-real");
		Path home = Files.createDirectories(Path.of("target", "it-data", "bulk-" + UUID.randomUUID()));
		ImportResult result = BulkImport.intoNewStore(home, dataset, 2021);
		assertThat(result.written()).isTrue();
		DatabaseManagementService bulk = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
			.build();
		try {
			Map<String, String> expected = fingerprint(this.online.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
			Map<String, String> actual = fingerprint(bulk.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
			assertThat(expected.get("Company")).startsWith("5000 ");
			assertThat(actual).isEqualTo(expected);
			this.ties.rebuild();
			Map<String, String> derivedInTheGraph = fingerprint(
					this.online.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
			assertThat(expected.get("TIED_WITH")).doesNotStartWith("0 ");
			assertThat(derivedInTheGraph.get("TIED_WITH")).isEqualTo(expected.get("TIED_WITH"));
		}
		finally {
			bulk.shutdown();
		}
	}

	/** Per label and relationship type: how many, and a SHA-256 over every one's key and properties, sorted. */
	private static Map<String, String> fingerprint(GraphDatabaseService database) {
		Map<String, String> fingerprint = new TreeMap<>();
		for (String label : DATASET_LABELS) {
			List<String> rows = database.executeTransactionally("MATCH (n:" + label + ") RETURN properties(n) AS p",
					Map.of(), result -> {
						List<String> all = new ArrayList<>();
						result.forEachRemaining(row -> all.add(canonical(withoutTime(row.get("p")))));
						return all;
					});
			fingerprint.put(label, summary(rows));
		}
		for (String type : IMPORTED_TYPES) {
			List<String> rows = database.executeTransactionally("""
					MATCH (a)-[r]->(b) WHERE type(r) = $type
					  AND (type(r) = 'EMPLOYS' OR any(l IN labels(a) + labels(b) WHERE l IN $labels))
					RETURN labels(a)[0] + ':' + coalesce(a.id, a.code) + '@' + coalesce(toString(a.version), '') AS a,
					       labels(b)[0] + ':' + coalesce(b.id, b.code) + '@' + coalesce(toString(b.version), '') AS b,
					       properties(r) AS p""", Map.of("type", type, "labels", DATASET_LABELS), result -> {
				List<String> all = new ArrayList<>();
				result.forEachRemaining(row -> all.add(row.get("a") + ">" + row.get("b") + " " + canonical(row.get("p"))));
				return all;
			});
			fingerprint.put(type, summary(rows));
		}
		return fingerprint;
	}

	/**
	 * What an import wrote: without the marker's completion time and the ties' derivation time, and without the
	 * network metrics, similar clusters and the tie network's analytics marks that the analytics step writes
	 * afterwards (the online context has run it, the bulk store here has not).
	 */
	private static Object withoutTime(Object properties) {
		Map<?, ?> map = new TreeMap<>((Map<?, ?>) properties);
		map.remove("completedAt");
		map.remove("derivedAt");
		map.remove("loadedAt");
		map.keySet().removeIf(key -> ((String) key).startsWith("network") || ((String) key).startsWith("similar")
				|| ((String) key).startsWith("analytics"));
		return map;
	}

	/** Properties sorted by key; whole numbers, decimals and lists as the database holds them (long, double, arrays). */
	private static String canonical(Object properties) {
		StringBuilder text = new StringBuilder();
		new TreeMap<>((Map<?, ?>) properties).forEach((key, value) -> text.append(key)
			.append('=')
			.append((value instanceof Object[] array) ? Arrays.toString(array) : value)
			.append('(')
			.append(value.getClass().getSimpleName())
			.append(");"));
		return text.toString();
	}

	private static String summary(List<String> rows) {
		List<String> sorted = new ArrayList<>(rows);
		sorted.sort(null);
		return sorted.size() + " " + Sha256.of(String.join("\n", sorted));
	}

}
