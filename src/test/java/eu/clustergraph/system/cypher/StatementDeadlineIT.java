package eu.clustergraph.system.cypher;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementDeadlineIT extends EmbeddedGraph {

	/** Sleeps in the database for a minute, checking for termination as it goes, as a long traversal would. */
	private static final NamedQuery SLOW = new NamedQuery("test/slow", "CALL apoc.util.sleep(60000) RETURN 1 AS one",
			"{}");

	private static final NamedQuery QUICK = new NamedQuery("test/quick", "RETURN 1 AS one", "{}");

	@Autowired
	CypherRunner runner;

	@Autowired
	Driver driver;

	@Test
	void aReadThatOutlivesItsDeadlineIsStoppedByTheDatabase() {
		// in-process (the embedded default) and over Bolt (as with an external Neo4j) alike
		for (CypherRunner reads : List.of(this.runner, DriverOnly.runner(this.driver))) {
			try (StatementDeadline.Scope scope = StatementDeadline.until(System.nanoTime() + 500_000_000L)) {
				assertThatThrownBy(() -> reads.read(SLOW, Map.of(), record -> record.get("one").asInt()))
					.isInstanceOf(StatementTimeoutException.class)
					.hasMessageContaining("test/slow")
					.cause()
					.hasMessageContaining("within the timeout");
			}
		}
		// the statement does not go on in the database after its caller gave up
		assertThat(this.driver.executableQuery("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery")
			.execute()
			.records()).noneMatch(row -> row.get("currentQuery").asString().contains("apoc.util.sleep"));
	}

	@Test
	void aReadPastItsDeadlineIsNotSent() {
		long sent = this.runner.statementCount();
		try (StatementDeadline.Scope scope = StatementDeadline.until(System.nanoTime() - 1)) {
			assertThatThrownBy(() -> this.runner.read(QUICK, Map.of(), record -> record.get("one").asInt()))
				.isInstanceOf(StatementTimeoutException.class)
				.hasMessageContaining("test/quick");
		}
		assertThat(this.runner.statementCount()).isEqualTo(sent);
	}

	@Test
	void aReadWithinItsDeadlineAnswersAsUsual() {
		try (StatementDeadline.Scope scope = StatementDeadline.until(System.nanoTime() + 30_000_000_000L)) {
			assertThat(this.runner.read(QUICK, Map.of(), record -> record.get("one").asInt())).containsExactly(1);
		}
	}

}
