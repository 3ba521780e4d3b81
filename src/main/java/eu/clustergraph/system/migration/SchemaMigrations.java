package eu.clustergraph.system.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.system.startup.StartupProblem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SecurityException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/migrations/V<version>__<Description>.cypher} in version order: the first step of every
 * start and of every command-line job, before anything else queries. Each applied version leaves a {@code __Migration} node with the file's checksum; an
 * applied file that has changed since stops start-up, because the schema must change through a new file.
 *
 * <p>Statements end with a semicolon at the end of a line. Schema statements cannot share a transaction with data
 * writes in Neo4j, so each statement runs on its own; the files use {@code IF NOT EXISTS}, so a run interrupted
 * half-way repeats cleanly.
 */
@Component
public class SchemaMigrations {

	private static final Log logger = LogFactory.getLog(SchemaMigrations.class);

	static final String LOCATION = "classpath*:cypher/migrations/V*.cypher";

	private final Driver driver;

	private final String target;

	public SchemaMigrations(Driver driver, org.springframework.core.env.Environment environment) {
		this.driver = driver;
		this.target = environment.getProperty("spring.neo4j.uri", "the embedded database");
	}

	/** Checks that the database answers, then applies the migrations it does not have yet. */
	public void apply() {
		verifyConnectivity();
		List<Migration> migrations = discover();
		try (Session session = this.driver.session()) {
			session.run("CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE")
				.consume();
			int applied = 0;
			for (Migration migration : migrations) {
				if (apply(session, migration)) {
					applied++;
				}
			}
			logger.info("Schema at version " + migrations.get(migrations.size() - 1).version() + " (" + applied
					+ " of " + migrations.size() + " migrations applied now)");
		}
	}

	private boolean apply(Session session, Migration migration) {
		Optional<String> appliedChecksum = session
			.run("MATCH (m:__Migration {version: $version}) RETURN m.checksum AS checksum",
					Map.of("version", migration.version()))
			.list(record -> record.get("checksum").asString())
			.stream()
			.findFirst();
		if (appliedChecksum.isPresent()) {
			if (!appliedChecksum.get().equals(migration.checksum())) {
				throw new StartupProblem("Migration " + migration.fileName()
						+ " has changed since it was applied to the database (checksum " + appliedChecksum.get()
						+ ", file now " + migration.checksum() + ").",
						"Restore the original file and put the schema change in a new migration file with a higher version.",
						null);
			}
			return false;
		}
		long started = System.nanoTime();
		for (String statement : migration.statements()) {
			session.run(statement).consume();
		}
		long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
		session.executeWriteWithoutResult(tx -> tx.run("""
				MERGE (m:__Migration {version: $version})
				SET m.description = $description, m.checksum = $checksum, m.appliedAt = $now, m.durationMs = $millis""",
				Map.of("version", migration.version(), "description", migration.description(), "checksum",
						migration.checksum(), "now", ZonedDateTime.now(), "millis", millis))
			.consume());
		logger.info("Applied migration " + migration.fileName() + " in " + millis + " ms");
		return true;
	}

	/** An unreachable or refusing server is the most common configuration mistake: say which setting to fix. */
	private void verifyConnectivity() {
		try {
			this.driver.verifyConnectivity();
		}
		catch (SecurityException failure) {
			throw new StartupProblem("Neo4j at " + this.target + " refused the credentials (" + failure.getMessage()
					+ ").", "Set SPRING_NEO4J_AUTHENTICATION_USERNAME and SPRING_NEO4J_AUTHENTICATION_PASSWORD.",
					failure);
		}
		catch (ServiceUnavailableException failure) {
			throw new StartupProblem("Neo4j at " + this.target + " cannot be reached (" + failure.getMessage() + ").",
					"Check SPRING_NEO4J_URI (bolt://host:7687 or neo4j://host:7687) and that the server runs, "
							+ "or unset it to use the embedded database.",
					failure);
		}
	}

	static List<Migration> discover() {
		List<Migration> migrations = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				migrations.add(Migration.parse(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Cannot read the schema migrations in " + LOCATION, failure);
		}
		migrations.sort(null);
		List<Migration> distinct = new ArrayList<>();
		for (Migration migration : migrations) {
			Migration previous = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
			if (previous != null && previous.version() == migration.version()) {
				// the same file twice (a jar and a classes directory on one classpath) is one migration
				if (previous.checksum().equals(migration.checksum())) {
					continue;
				}
				throw new IllegalStateException("Two different migrations share version " + migration.version() + ": "
						+ previous.fileName() + " and " + migration.fileName());
			}
			distinct.add(migration);
		}
		migrations = distinct;
		if (migrations.isEmpty()) {
			throw new IllegalStateException("No schema migrations found in " + LOCATION);
		}
		return migrations;
	}

}
