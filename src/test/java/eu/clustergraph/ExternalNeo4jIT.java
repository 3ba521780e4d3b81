package eu.clustergraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application pointed at a Neo4j it did not start, the way it runs against a server, a cluster or Aura. The
 * "server" here is a second Neo4j started separately by the test on its own port and directory.
 */
class ExternalNeo4jIT {

	static DatabaseManagementService server;

	static URI serverUri;

	@BeforeAll
	static void startSeparateServer() {
		Path home = Path.of("target", "it-data", "external-" + UUID.randomUUID());
		server = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
			.build();
		var address = ((GraphDatabaseAPI) server.database("system")).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		serverUri = URI.create("neo4j://127.0.0.1:" + address.getPort());
	}

	@AfterAll
	static void stopServer() {
		server.shutdown();
	}

	@Test
	void withAUriTheApplicationStartsNoDatabaseAndServesFromTheServer() throws Exception {
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ClusterGraphApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--spring.neo4j.uri=" + serverUri, "--server.port=0", "--clustergraph.dataset.bootstrap=false",
					"--clustergraph.data-dir=target/it-data/external-app-" + UUID.randomUUID())) {
			assertThat(application.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();

			// Migrations and reference data went to the server.
			GraphDatabaseService database = server.database("neo4j");
			try (var tx = database.beginTx()) {
				assertThat((long) tx.execute("MATCH (m:__Migration) RETURN count(m) AS c").next().get("c"))
					.isGreaterThanOrEqualTo(3);
				assertThat((long) tx.execute("MATCH (r:Region {version: 2021, level: 2, eu: true}) RETURN count(r) AS c")
					.next()
					.get("c")).isEqualTo(242);
			}

			int port = ((WebServerApplicationContext) application).getWebServer().getPort();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"query\":\"{ valueChain(id: \\\"BAT\\\") { stages { id } } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("BAT-1").contains("BAT-6").doesNotContain("errors");

			// This server has no Graph Data Science library: the service started anyway, and each analytics field
			// says what is missing while the rest of the response is answered.
			try (var tx = database.beginTx()) {
				tx.execute("CREATE (:Cluster {id: 'EXT-1', name: 'External One', country: 'DE'})");
				tx.commit();
			}
			String body = graphQl(port, "{ clusters { nodes { id networkMetrics { pageRank } } } }");
			assertThat(body).contains("\"id\":\"EXT-1\"")
				.contains("\"networkMetrics\":null")
				.contains("\"code\":\"UNAVAILABLE\"")
				.contains("Cluster.networkMetrics needs the Neo4j Graph Data Science library");
		}
	}

	private static String graphQl(int port, String query) throws Exception {
		String json = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
