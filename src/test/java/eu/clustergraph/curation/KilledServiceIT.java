package eu.clustergraph.curation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.ServiceProcess;
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
		int port = ServiceProcess.freePort();
		ServiceProcess first = startService(dataDir, port, hash);
		try {
			first.awaitReady(Duration.ofMinutes(3));
			String created = post(port, "mutation { createCluster(input: { id: \"CL-KILLED\", name: \"Survives a kill\", "
					+ "region: \"DE111\", primaryEcosystem: \"AGRI\" }) { version change { sequence } } }");
			assertThat(created).contains("\"version\":1").doesNotContain("errors");
		}
		finally {
			first.kill();
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

	private ServiceProcess startService(Path dataDir, int port, String hash) throws IOException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
				"--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), "eu.clustergraph.ClusterGraphApplication",
				"--clustergraph.data-dir=" + dataDir, "--clustergraph.neo4j.embedded.bolt-port=0",
				"--server.port=" + port, "--clustergraph.dataset.bootstrap=false",
				"--clustergraph.security.keys[0].name=killer", "--clustergraph.security.keys[0].hash=" + hash,
				"--clustergraph.security.keys[0].roles=CURATOR");
		return ServiceProcess.start(command, Map.of(), port, this.work.resolve("service.log"));
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

}
