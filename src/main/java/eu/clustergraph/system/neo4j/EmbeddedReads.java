package eu.clustergraph.system.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import eu.clustergraph.system.cypher.InProcessReads;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.cypher.StatementTimeoutException;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Reads through the embedded database's own transaction API. Values become the driver's values as Bolt would
 * deliver them (nodes with their labels and properties, maps, lists, numbers, text), using the driver's value
 * classes, so a mapper sees no difference; the measured gain is in {@code docs/decisions/0004}.
 */
final class EmbeddedReads implements InProcessReads {

	private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	private final GraphDatabaseService database;

	EmbeddedReads(DatabaseManagementService service) {
		this.database = service.database(org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
	}

	@Override
	public List<Record> read(NamedQuery query, Map<String, Object> parameters, Duration timeout) {
		try (Transaction transaction = (timeout == null) ? this.database.beginTx()
				: this.database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			List<Record> records = new ArrayList<>();
			try (Result result = transaction.execute(query.cypher(), asBolt(parameters))) {
				List<String> columns = result.columns();
				while (result.hasNext()) {
					Map<String, Object> row = result.next();
					List<Value> values = new ArrayList<>(columns.size());
					for (String column : columns) {
						values.add(value(row.get(column)));
					}
					records.add(new InternalRecord(columns, values));
				}
			}
			transaction.commit();
			return records;
		}
		catch (RuntimeException failure) {
			if (timedOut(failure)) {
				throw new StatementTimeoutException(query.name(), failure);
			}
			throw failure;
		}
	}

	/**
	 * The parameters as Bolt delivers them: every whole number a long, every other number a double. The planner
	 * plans by parameter type, and one plan (an index-ordered page with a COLLECT subquery) failed in Neo4j 5.26
	 * with an int limit ("Conditions started failing after ... insertCachedProperties") where a long works.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> asBolt(Map<String, Object> parameters) {
		return (Map<String, Object>) bolt(parameters);
	}

	private static Object bolt(Object value) {
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof Float number) {
			return number.doubleValue();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, entry) -> copy.put(key, bolt(entry)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(entry -> copy.add(bolt(entry)));
			return copy;
		}
		return value;
	}

	private static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Status.HasStatus status && status.status().code().serialize().startsWith(TIMED_OUT)) {
				return true;
			}
		}
		return false;
	}

	static Value value(Object value) {
		if (value instanceof Node node) {
			return new InternalNode(node.getId(), node.getElementId(), labels(node), properties(node)).asValue();
		}
		if (value instanceof Relationship relationship) {
			return new InternalRelationship(relationship.getId(), relationship.getElementId(),
					relationship.getStartNode().getId(), relationship.getStartNode().getElementId(),
					relationship.getEndNode().getId(), relationship.getEndNode().getElementId(),
					relationship.getType().name(), properties(relationship)).asValue();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Value> values = new LinkedHashMap<>();
			map.forEach((key, entry) -> values.put((String) key, value(entry)));
			return Values.value(values);
		}
		if (value instanceof List<?> list) {
			List<Value> values = new ArrayList<>(list.size());
			list.forEach(entry -> values.add(value(entry)));
			return Values.value(values);
		}
		return Values.value(value);
	}

	private static List<String> labels(Node node) {
		List<String> labels = new ArrayList<>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return labels;
	}

	private static Map<String, Value> properties(Entity entity) {
		Map<String, Value> properties = new LinkedHashMap<>();
		entity.getAllProperties().forEach((key, property) -> properties.put(key, Values.value(property)));
		return properties;
	}

}
