package eu.clustergraph.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.generator.DatasetGenerator;
import eu.clustergraph.generator.GeneratorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed with SIGKILL in the middle of loading finishes correctly when run again: the same exact counts
 * as an uninterrupted import. The import runs as the real command in a child JVM, so the kill is a real kill -9.
 */
class ImportCrashRecoveryIT {

	@TempDir
	Path work;

	@Test
	void anImportKilledMidwayCompletesWithExactCountsWhenRunAgain() throws Exception {
		Path dataset = this.work.resolve("dataset");
		var generated = new DatasetGenerator(GeneratorOptions.preset(5_000)).generate(dataset);
		Path dataDir = this.work.resolve("data");

		Process first = startImport(dataset, dataDir);
		// Kill once relationships are being written: nodes are in, ties are half-way.
		awaitLine(first, "memberships.csv");
		first.destroyForcibly();
		assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).isNotZero();
		inStore(dataDir, tx -> {
			// killed mid-way: the import never completed (no marker), and not every tie is in yet
			assertThat(count(tx, "MATCH (d:Dataset) RETURN count(d) AS c")).isZero();
			assertThat(count(tx, "MATCH ()-[r:COOPERATES_WITH]->() RETURN count(r) AS c")).isZero();
		});

		Process second = startImport(dataset, dataDir);
		List<String> output = drain(second);
		assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(second.exitValue()).as(String.join("\n", output)).isZero();

		Map<String, Long> rows = generated.rows();
		inStore(dataDir, tx -> {
				assertThat(count(tx, "MATCH (n:Company) RETURN count(n) AS c")).isEqualTo(rows.get(DatasetFile.COMPANIES.fileName()));
				assertThat(count(tx, "MATCH (n:Cluster) RETURN count(n) AS c")).isEqualTo(rows.get(DatasetFile.CLUSTERS.fileName()));
				assertThat(count(tx, "MATCH (n:Organisation) RETURN count(n) AS c"))
					.isEqualTo(rows.get(DatasetFile.ORGANISATIONS.fileName()));
				assertThat(count(tx, "MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS c"))
					.isEqualTo(rows.get(DatasetFile.MEMBERSHIPS.fileName()));
				assertThat(count(tx, "MATCH ()-[r:COOPERATES_WITH]->() RETURN count(r) AS c"))
					.isEqualTo(rows.get(DatasetFile.COOPERATIONS.fileName()));
				assertThat(count(tx, "MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS c"))
					.isEqualTo(rows.get(DatasetFile.SUPPLIES.fileName()));
				assertThat(count(tx, "MATCH ()-[r:ACTIVE_IN]->() RETURN count(r) AS c"))
					.isEqualTo(rows.get(DatasetFile.COMPANY_STAGES.fileName()));
				assertThat(count(tx, "MATCH (c:Company)-[r:LOCATED_IN]->() RETURN count(r) AS c"))
					.isEqualTo(rows.get(DatasetFile.COMPANIES.fileName()));
				assertThat(count(tx, "MATCH (d:Dataset) RETURN count(d) AS c")).isEqualTo(1);
		});
	}

	/** Opens the store the child JVMs wrote (they have exited, so its lock is free) and runs the checks. */
	private static void inStore(Path dataDir, java.util.function.Consumer<org.neo4j.graphdb.Transaction> checks) {
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir.resolve("neo4j").toAbsolutePath())
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.build();
		try (var tx = dbms.database("neo4j").beginTx()) {
			checks.accept(tx);
		}
		finally {
			dbms.shutdown();
		}
	}

	private static long count(org.neo4j.graphdb.Transaction tx, String cypher) {
		return (long) tx.execute(cypher).next().get("c");
	}

	private Process startImport(Path dataset, Path dataDir) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
				"--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), "eu.clustergraph.ClusterGraphApplication", "import",
				dataset.toString(), "--report=" + this.work.resolve("report.json"),
				"--clustergraph.data-dir=" + dataDir, "--clustergraph.neo4j.embedded.bolt-port=0"));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static void awaitLine(Process process, String text) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		List<String> seen = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			seen.add(line);
			if (line.contains(text)) {
				return;
			}
		}
		throw new AssertionError("The import ended before '" + text + "':\n" + String.join("\n", seen));
	}

	private static List<String> drain(Process process) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
			}
		}
		return lines;
	}

}
