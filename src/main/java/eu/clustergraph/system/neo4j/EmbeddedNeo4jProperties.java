package eu.clustergraph.system.neo4j;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded database. It starts unless {@code enabled} is false or {@code spring.neo4j.uri} names an external
 * Neo4j.
 *
 * @param enabled whether to start the embedded database when no external URI is set
 * @param boltHost the address Bolt listens on; loopback keeps the database private to this machine
 * @param boltPort the Bolt port; 0 picks a free one (tests)
 * @param pageCache Neo4j page cache, outside the Java heap
 * @param transactionMemory the most memory all running transactions may use together
 * @param settings further raw {@code neo4j.conf} settings, for what has no property of its own
 * @param boltPassword the password of the {@code neo4j} user over Bolt; when set, Bolt requires it (the service's
 * own driver uses it), and it must be set for Bolt to listen on any address but loopback
 */
@ConfigurationProperties("clustergraph.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String boltHost,
		@DefaultValue("7687") int boltPort, @DefaultValue("512m") String pageCache,
		@DefaultValue("1g") String transactionMemory, Map<String, String> settings, String boltPassword) {

	public EmbeddedNeo4jProperties {
		settings = (settings == null) ? Map.of() : Map.copyOf(settings);
		if (boltPassword != null && boltPassword.isBlank()) {
			boltPassword = null;
		}
	}

	/** Whether Bolt asks for the password. */
	public boolean boltAuthentication() {
		return this.boltPassword != null;
	}

}
