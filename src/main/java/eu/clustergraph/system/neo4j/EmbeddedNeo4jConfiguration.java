package eu.clustergraph.system.neo4j;

import java.net.URI;

import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.InProcessReads;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the application unless an external one is configured. The application then reaches it
 * through the official driver over Bolt, exactly as it would reach a server, so both modes share every line of
 * query code.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	/** A store that does not exist yet is first filled by the seeds (the bulk first start), then started. */
	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(ClusterGraphProperties application, EmbeddedNeo4jProperties properties,
			ObjectProvider<StoreSeed> seeds) {
		return new EmbeddedNeo4jStarter(application.dataDir().resolve("neo4j"), properties,
				seeds.orderedStream().toList()).start();
	}

	/**
	 * Reads in the embedded database's own transactions rather than over loopback Bolt; off with
	 * {@code clustergraph.neo4j.embedded.in-process-reads=false}, which the benchmarks use to compare.
	 */
	@Bean
	@ConditionalOnProperty(name = "clustergraph.neo4j.embedded.in-process-reads", havingValue = "true",
			matchIfMissing = true)
	InProcessReads embeddedReads(DatabaseManagementService embeddedNeo4j) {
		return new EmbeddedReads(embeddedNeo4j);
	}

	/**
	 * Boot builds its {@code Driver} from this bean instead of {@code spring.neo4j.*}, so the database is up before
	 * the driver and goes down after it.
	 */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		URI uri = boltUri(embeddedNeo4j);
		AuthToken token = properties.boltAuthentication() ? AuthTokens.basic("neo4j", properties.boltPassword())
				: AuthTokens.none();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return token;
			}
		};
	}

	/** The address Bolt actually listens on: with port 0 only the running database knows it. */
	static URI boltUri(DatabaseManagementService dbms) {
		var ports = ((GraphDatabaseAPI) dbms.database("system")).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class);
		var address = ports.getLocalAddress(ConnectorType.BOLT);
		return URI.create("bolt://" + SocketAddress.format(address.getHost(), address.getPort()));
	}

}
