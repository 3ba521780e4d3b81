package eu.clustergraph.system.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import eu.clustergraph.system.startup.StartupProblem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/** Builds the embedded DBMS and turns the usual configuration mistakes into a {@link StartupProblem}. */
final class EmbeddedNeo4jStarter {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jStarter.class);

	/**
	 * Settings that have no typed constant outside Neo4j's internals. The local (in-JVM) Bolt connector does not
	 * start on the Netty 4.2 the driver needs; the two waits keep shutdown under a second instead of ten.
	 */
	private static final Properties REQUIRED_RAW_SETTINGS = new Properties();
	static {
		REQUIRED_RAW_SETTINGS.setProperty("internal.dbms.bolt.local_enabled", "false");
		REQUIRED_RAW_SETTINGS.setProperty("internal.server.bolt.thread_pool_shutdown_wait_time", "100ms");
		REQUIRED_RAW_SETTINGS.setProperty("internal.server.bolt.connection_shutdown_wait_time", "100ms");
	}

	private static final Duration AVAILABILITY_TIMEOUT = Duration.ofMinutes(2);

	private final Path home;

	private final EmbeddedNeo4jProperties properties;

	private final List<StoreSeed> seeds;

	EmbeddedNeo4jStarter(Path home, EmbeddedNeo4jProperties properties, List<StoreSeed> seeds) {
		this.home = home.toAbsolutePath().normalize();
		this.properties = properties;
		this.seeds = seeds;
	}

	DatabaseManagementService start() {
		long started = System.nanoTime();
		Path rawSettings = prepareHome();
		checkBoltIsNotOpenToTheNetwork();
		checkBoltPortIsFree();
		if (!Files.exists(this.home.resolve("data/databases").resolve(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))) {
			for (StoreSeed seed : this.seeds) {
				try {
					seed.seed(this.home);
				}
				catch (IOException failure) {
					throw new UncheckedIOException("Filling the new store in " + this.home + " failed", failure);
				}
			}
		}
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(this.home).loadPropertiesFromFile(rawSettings)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address,
						new SocketAddress(this.properties.boltHost(), this.properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				// Bolt listens on loopback only by default; any other address needs the password (checked above)
				.setConfig(GraphDatabaseSettings.auth_enabled, this.properties.boltAuthentication())
				.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"))
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(this.properties.pageCache()))
				.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
						ByteUnit.parse(this.properties.transactionMemory()))
				.build();
		}
		catch (RuntimeException failure) {
			throw explain(failure);
		}
		try {
			GraphDatabaseAPI database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			if (!database.isAvailable(AVAILABILITY_TIMEOUT.toMillis())) {
				throw new StartupProblem("The embedded Neo4j in " + this.home + " did not become available within "
						+ AVAILABILITY_TIMEOUT.toSeconds() + " s.", "See " + this.home.resolve("logs/debug.log")
						+ " for the reason (a damaged store can be removed to start afresh).", null);
			}
			ClasspathProcedures.register(database);
			if (this.properties.boltAuthentication()) {
				// in-process access needs no login: the password is set, or changed, at every start
				dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
					.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
							Map.of("password", this.properties.boltPassword()));
			}
		}
		catch (RuntimeException failure) {
			dbms.shutdown();
			throw failure;
		}
		logger.info(String.format(Locale.ROOT, "Embedded Neo4j started in %d ms: %s, data in %s",
				Duration.ofNanos(System.nanoTime() - started).toMillis(),
				EmbeddedNeo4jConfiguration.boltUri(dbms), this.home));
		return dbms;
	}

	/** Creates the directory and the raw settings file, failing clearly when the directory cannot be written. */
	private Path prepareHome() {
		Path rawSettings = this.home.resolve("neo4j-embedded.conf");
		try {
			Files.createDirectories(this.home);
			Properties settings = new Properties();
			settings.putAll(REQUIRED_RAW_SETTINGS);
			settings.putAll(this.properties.settings());
			try (var out = Files.newBufferedWriter(rawSettings)) {
				settings.store(out, "Written at every start from clustergraph.neo4j.embedded.settings; edits are lost");
			}
			return rawSettings;
		}
		catch (IOException | SecurityException failure) {
			throw new StartupProblem(
					"The data directory " + this.home + " cannot be written (" + describe(failure) + ").",
					"Set CLUSTERGRAPH_DATADIR (clustergraph.data-dir) to a directory this user can write.", failure);
		}
	}

	/**
	 * Bolt without authentication hands the whole database to whoever reaches the port: fine on loopback, refused on
	 * any other address.
	 */
	private void checkBoltIsNotOpenToTheNetwork() {
		boolean loopback;
		try {
			loopback = InetAddress.getByName(this.properties.boltHost()).isLoopbackAddress();
		}
		catch (IOException unknown) {
			loopback = false;
		}
		if (!loopback && !this.properties.boltAuthentication()) {
			throw new StartupProblem("Embedded Bolt would listen on " + this.properties.boltHost()
					+ " without authentication: anyone who reaches that address could read and change the database.",
					"Set CLUSTERGRAPH_NEO4J_EMBEDDED_BOLTPASSWORD (clustergraph.neo4j.embedded.bolt-password, at least "
							+ "8 characters) for the neo4j user, or keep CLUSTERGRAPH_NEO4J_EMBEDDED_BOLTHOST at 127.0.0.1.",
					null);
		}
	}

	private void checkBoltPortIsFree() {
		int port = this.properties.boltPort();
		if (port == 0) {
			return;
		}
		try (ServerSocket probe = new ServerSocket()) {
			probe.setReuseAddress(true);
			probe.bind(new InetSocketAddress(InetAddress.getByName(this.properties.boltHost()), port));
		}
		catch (IOException failure) {
			throw boltPortInUse(failure);
		}
	}

	private StartupProblem boltPortInUse(Throwable cause) {
		return new StartupProblem(
				"The Bolt port " + this.properties.boltHost() + ":" + this.properties.boltPort()
						+ " of the embedded Neo4j cannot be opened (" + describe(cause) + ").",
				"Stop whatever uses that port, or set CLUSTERGRAPH_NEO4J_EMBEDDED_BOLTPORT to a free port.", cause);
	}

	/** Neo4j wraps the real reason several lifecycle layers deep; find the one a user can act on. */
	private RuntimeException explain(RuntimeException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BindException) {
				return boltPortInUse(cause);
			}
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("locked by another") || cause.getClass().getSimpleName().equals("FileLockException")) {
				return new StartupProblem("The data directory " + this.home
						+ " is in use by another process (another ClusterGraph or Neo4j).",
						"Stop the other process, or set CLUSTERGRAPH_DATADIR to a different directory.", cause);
			}
			if (cause instanceof java.nio.file.AccessDeniedException) {
				return new StartupProblem("The data directory " + this.home + " cannot be written ("
						+ describe(cause) + ").",
						"Set CLUSTERGRAPH_DATADIR (clustergraph.data-dir) to a directory this user can write.",
						cause);
			}
		}
		return failure;
	}

	private static String describe(Throwable failure) {
		String message = failure.getMessage();
		return failure.getClass().getSimpleName() + ((message == null) ? "" : ": " + message);
	}

}
