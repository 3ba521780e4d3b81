package eu.clustergraph.system.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import eu.clustergraph.ClusterGraphApplication;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Embedded Bolt with a password: open to the network only for a client that knows it; the service itself does. */
class EmbeddedBoltAuthenticationIT {

	private static final String PASSWORD = "bolt-test-password";

	@Test
	void boltOnEveryAddressAsksForThePasswordAndTheServiceUsesIt() {
		Path dataDir = Path.of("target", "it-data", "bolt-auth-" + UUID.randomUUID());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ClusterGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--clustergraph.data-dir=" + dataDir, "--clustergraph.neo4j.embedded.bolt-host=0.0.0.0",
					"--clustergraph.neo4j.embedded.bolt-port=0", "--clustergraph.neo4j.embedded.bolt-password=" + PASSWORD,
					"--clustergraph.dataset.bootstrap=false")) {
			URI bolt = EmbeddedNeo4jConfiguration.boltUri(context.getBean(DatabaseManagementService.class));
			URI local = URI.create("bolt://127.0.0.1:" + bolt.getPort());

			try (Driver anonymous = GraphDatabase.driver(local, AuthTokens.none())) {
				assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (Driver wrong = GraphDatabase.driver(local, AuthTokens.basic("neo4j", "not-the-password"))) {
				assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
			try (Driver known = GraphDatabase.driver(local, AuthTokens.basic("neo4j", PASSWORD))) {
				assertThat(known.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
					.isEqualTo(1);
			}
			// the service's own driver logs in with it
			assertThat(context.getBean(Driver.class)
				.executableQuery("RETURN 2 AS two")
				.execute()
				.records()
				.get(0)
				.get("two")
				.asInt()).isEqualTo(2);
		}
	}

}
