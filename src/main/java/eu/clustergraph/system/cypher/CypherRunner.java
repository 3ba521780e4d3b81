package eu.clustergraph.system.cypher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ResultSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs named queries through the driver. Reads are routed as reads, so a {@code neo4j://} cluster or Aura serves
 * them from any member; each call is one managed transaction that the driver retries on transient failures.
 *
 * <p>The driver is used directly rather than through Spring Data repositories: results map straight into records
 * and nothing is hydrated that the API does not return (see the design notes on speed).
 *
 * <p>With the embedded database, reads run in-process by default ({@link InProcessReads}); writes always go through
 * the driver, so its retries and bookmarks hold for them.
 *
 * <p>Every read is observed as {@code clustergraph.cypher.read}, tagged with the named query: the API's time is
 * almost all Cypher, and the batched child queries run outside any data fetcher's own observation.
 */
@Component
public class CypherRunner {

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	/** Neo4j's codes for a transaction stopped at its timeout (by the server's setting or by the client's). */
	private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	private static final QueryConfig WRITE = QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

	/**
	 * At DEBUG, every statement with its parameters as one JSON line: what the peer benchmark PROFILEs, and what a
	 * developer reads to see the Cypher of a request. Off by default; checked before anything is formatted.
	 */
	private static final Logger STATEMENTS = LoggerFactory.getLogger("eu.clustergraph.cypher.statements");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Driver driver;

	private final AtomicLong statements = new AtomicLong();

	private final ObservationRegistry observations;

	/** The embedded database's own reads, when it is embedded and they are on; else null and reads use the driver. */
	private final InProcessReads inProcess;

	public CypherRunner(Driver driver, ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<InProcessReads> inProcess) {
		this.driver = driver;
		this.inProcess = inProcess.getIfAvailable();
		this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
	}

	/**
	 * Runs a read in one managed transaction. Under a {@link StatementDeadline} the transaction gets the time left as
	 * its timeout, and a read past the deadline, or stopped by the database at it, throws
	 * {@link StatementTimeoutException}.
	 */
	public <T> List<T> read(NamedQuery query, Map<String, ?> parameters, Function<Record, T> mapper) {
		Duration remaining = StatementDeadline.remaining();
		QueryConfig config = configWithin(query, remaining);
		count(query, parameters);
		if (this.inProcess != null && !callsGds(query)) {
			return Observation.createNotStarted("clustergraph.cypher.read", this.observations)
				.lowCardinalityKeyValue("query", query.name())
				.observe(() -> this.inProcess.read(query, new HashMap<>(parameters), config.timeout().orElse(null))
					.stream()
					.map(mapper)
					.toList());
		}
		try {
			return Observation.createNotStarted("clustergraph.cypher.read", this.observations)
				.lowCardinalityKeyValue("query", query.name())
				.observe(() -> this.driver.executableQuery(query.cypher())
					.withParameters(new HashMap<String, Object>(parameters))
					.withConfig(config)
					.execute(Collectors.mapping(mapper, Collectors.toList())));
		}
		catch (ClientException failure) {
			if (failure.code() != null && failure.code().startsWith(TIMED_OUT)) {
				throw new StatementTimeoutException(query.name(), failure);
			}
			throw failure;
		}
	}

	/**
	 * Graph Data Science keeps its graph catalog per user of a Bolt session: a projection made in-process is not
	 * found by an algorithm run over Bolt and the other way round, so every statement that calls it keeps the driver.
	 */
	private static boolean callsGds(NamedQuery query) {
		return query.cypher().contains("gds.");
	}

	private static QueryConfig configWithin(NamedQuery query, Duration remaining) {
		if (remaining == null) {
			return READ;
		}
		if (remaining.isNegative() || remaining.isZero()) {
			throw new StatementTimeoutException(query.name(), null);
		}
		// whole milliseconds, rounded up: the server's unit, and a zero timeout would mean none at all
		long millis = Math.max(1, (remaining.toNanos() + 999_999) / 1_000_000);
		return QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(Duration.ofMillis(millis)).build();
	}

	public <T> Optional<T> readOptional(NamedQuery query, Map<String, ?> parameters, Function<Record, T> mapper) {
		return read(query, parameters, mapper).stream().findFirst();
	}

	/**
	 * Reads rows that each belong to one parent key and groups them by it, keeping the query's order: the shape of
	 * every batched child field.
	 */
	public <K, V> Map<K, List<V>> readGrouped(NamedQuery query, Map<String, ?> parameters, Function<Record, K> key,
			Function<Record, V> value) {
		Map<K, List<V>> grouped = new LinkedHashMap<>();
		for (Record record : read(query, parameters, Function.identity())) {
			grouped.computeIfAbsent(key.apply(record), ignored -> new ArrayList<>()).add(value.apply(record));
		}
		return grouped;
	}

	/**
	 * The batched child query of a response level: it takes the parents' ids as {@code $ids} and returns each row
	 * with its parent's id as {@code key}.
	 */
	public <V> Map<String, List<V>> readByIds(NamedQuery query, List<String> ids, Function<Record, V> mapper) {
		return readGrouped(query, Map.of("ids", ids), record -> record.get("key").asString(), mapper);
	}

	public ResultSummary write(NamedQuery query, Map<String, ?> parameters) {
		count(query, parameters);
		return this.driver.executableQuery(query.cypher())
			.withParameters(new HashMap<String, Object>(parameters))
			.withConfig(WRITE)
			.execute()
			.summary();
	}

	/**
	 * Runs several write statements in one transaction, so readers see all of their effect or none of it (such as
	 * derived relationships that are deleted and derived again).
	 */
	public void writeTogether(List<NamedQuery> queries, Map<String, ?> parameters) {
		inWriteTransaction(transaction -> {
			queries.forEach(query -> transaction.run(query, parameters));
			return null;
		});
	}

	/**
	 * Runs a unit of work in one write transaction: all its statements take effect together or, when it throws, none
	 * does. The driver runs the unit again on a transient failure (a deadlock, a leader switch), so the unit must
	 * touch the database only through the transaction it is given.
	 */
	public <T> T inWriteTransaction(Function<Transaction, T> work) {
		SessionConfig config = SessionConfig.builder()
			.withBookmarkManager(this.driver.executableQueryBookmarkManager())
			.build();
		try (Session session = this.driver.session(config)) {
			return session.executeWrite(transaction -> work.apply(new Transaction(transaction)));
		}
	}

	/** The statements of one {@link #inWriteTransaction} unit, counted and logged as every other statement. */
	public final class Transaction {

		private final TransactionContext context;

		private Transaction(TransactionContext context) {
			this.context = context;
		}

		/** Runs a named query and maps every row it returns. */
		public <T> List<T> run(NamedQuery query, Map<String, ?> parameters, Function<Record, T> mapper) {
			count(query, parameters);
			return this.context.run(query.cypher(), new HashMap<String, Object>(parameters)).list(mapper::apply);
		}

		/** Runs a named query for its effect. */
		public void run(NamedQuery query, Map<String, ?> parameters) {
			count(query, parameters);
			this.context.run(query.cypher(), new HashMap<String, Object>(parameters)).consume();
		}

	}

	private void count(NamedQuery query, Map<String, ?> parameters) {
		this.statements.incrementAndGet();
		if (STATEMENTS.isDebugEnabled()) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("name", query.name());
			line.put("query", query.cypher());
			line.put("parameters", parameters);
			STATEMENTS.debug("{}", JSON.writeValueAsString(line));
		}
	}

	/** How many statements this runner has sent since start: lets tests prove that batching holds. */
	public long statementCount() {
		return this.statements.get();
	}

}
