package eu.clustergraph;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external Neo4j that goes away and comes back: GraphQL answers with SERVICE_UNAVAILABLE instead of hanging,
 * readiness turns DOWN, and UP again once the server is back. The times are printed, not asserted (BENCHMARKS.md
 * records them); the bounds here only keep a hang from passing.
 */
class ExternalNeo4jOutageIT {

	private static final Duration BOUND = Duration.ofSeconds(30);

	@Test
	void whileTheServerIsDownRequestsFailFastAndReadinessSaysSoUntilItIsBack() throws Exception {
		Path home = Path.of("target", "it-data", "outage-" + UUID.randomUUID()).toAbsolutePath();
		int boltPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			boltPort = probe.getLocalPort();
		}
		DatabaseManagementService server = start(home, boltPort);
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ClusterGraphApplication.class)
			.web(WebApplicationType.SERVLET)
			.run("--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort, "--server.port=0",
					"--clustergraph.dataset.bootstrap=false",
					"--clustergraph.data-dir=target/it-data/outage-app-" + UUID.randomUUID())) {
			int port = ((WebServerApplicationContext) application).getWebServer().getPort();
			assertThat(waitFor(port, 200)).isLessThan(BOUND);
			assertThat(graphQl(port)).doesNotContain("errors");

			server.shutdown();
			long started = System.nanoTime();
			String body = graphQl(port);
			Duration answered = Duration.ofNanos(System.nanoTime() - started);
			assertThat(body).contains("\"code\":\"SERVICE_UNAVAILABLE\"").contains("cannot be reached");
			Duration down = waitFor(port, 503);
			System.out.printf("outage: GraphQL answered in %d ms, readiness DOWN after %d ms%n", answered.toMillis(),
					down.toMillis());
			assertThat(answered).isLessThan(BOUND);
			assertThat(down).isLessThan(BOUND);

			server = start(home, boltPort);
			Duration up = waitFor(port, 200);
			System.out.printf("recovery: readiness UP %d ms after the server was back%n", up.toMillis());
			assertThat(up).isLessThan(BOUND);
			assertThat(graphQl(port)).doesNotContain("errors");
		}
		finally {
			server.shutdown();
		}
	}

	private static DatabaseManagementService start(Path home, int boltPort) {
		return new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
			.build();
	}

	/** How long until readiness answers with the status, polled every 100 ms. */
	private static Duration waitFor(int port, int status) throws Exception {
		long started = System.nanoTime();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		while (Duration.ofNanos(System.nanoTime() - started).compareTo(BOUND) < 0) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
						.timeout(BOUND)
						.build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == status) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
			Thread.sleep(100);
		}
		return BOUND;
	}

	private static String graphQl(int port) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(BOUND)
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ clusters(first: 1) { totalCount } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

}
