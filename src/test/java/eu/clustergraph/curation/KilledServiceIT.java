package eu.clustergraph.curation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Transaction;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service killed with SIGKILL right after a curated change answered leaves a store that opens with the change and
 * its audit record: a change is reported done only once its transaction is committed. The service runs in a child
 * JVM, so the kill is a real kill -9; the store is then opened in place, as a restart opens it.
 */
class KilledServiceIT {

	private static final String SECRET = "killed-service-secret";

	@TempDir
	Path work;

	@Test
	void aChangeAnsweredBeforeAKillIsInTheStoreItLeaves() throws Exception {
		Path dataDir = this.work.resolve("data");
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(SECRET);
		int port = freePort();
		Process first = startService(dataDir, port, hash);
		try {
			awaitReady(first, port);
			String created = post(port, "mutation { createCluster(input: { id: \"CL-KILLED\", name: \"Survives a kill\", "
					+ "region: \"DE111\", primaryEcosystem: \"AGRI\" }) { version change { sequence } } }");
			assertThat(created).contains("\"version\":1").doesNotContain("errors");
		}
		finally {
			first.destroyForcibly();
			assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}

		// the store as the killed service left it, opened in place: recovery from its transaction log
		DatabaseManagementService store = new DatabaseManagementServiceBuilder(dataDir.resolve("neo4j").toAbsolutePath())
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.build();
		try (Transaction tx = store.database("neo4j").beginTx()) {
			assertThat(tx.execute("MATCH (c:Cluster {id: 'CL-KILLED'}) RETURN c.name AS name").next().get("name"))
				.isEqualTo("Survives a kill");
			assertThat(tx.execute("MATCH (c:Change {target: 'CL-KILLED'}) RETURN c.by AS by, c.action AS action")
				.next()).containsEntry("by", "killer").containsEntry("action", "CREATE");
		}
		finally {
			store.shutdown();
		}
	}

	private Process startService(Path dataDir, int port, String hash) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
				"--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), "eu.clustergraph.ClusterGraphApplication",
				"--clustergraph.data-dir=" + dataDir, "--clustergraph.neo4j.embedded.bolt-port=0",
				"--server.port=" + port, "--clustergraph.dataset.bootstrap=false",
				"--clustergraph.security.keys[0].name=killer", "--clustergraph.security.keys[0].hash=" + hash,
				"--clustergraph.security.keys[0].roles=CURATOR"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		// keep its output flowing, so a full pipe never blocks it
		Thread drain = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				while (reader.readLine() != null) {
					// discarded
				}
			}
			catch (IOException ended) {
				// the process is gone
			}
		});
		drain.setDaemon(true);
		drain.start();
		return process;
	}

	private static void awaitReady(Process process, int port) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the service exited before it was ready").isTrue();
			try {
				HttpResponse<String> readiness = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (readiness.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// the web server is not up yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the service was not ready within 3 minutes");
	}

	private static String post(int port, String query) throws Exception {
		String json = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("X-API-Key", "killer." + SECRET)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static int freePort() throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			return probe.getLocalPort();
		}
	}

}
