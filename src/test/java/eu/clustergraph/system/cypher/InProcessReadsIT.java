package eu.clustergraph.system.cypher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads in-process and reads over Bolt return the same records: nodes with their labels and properties,
 * relationships, map projections, nested lists, numbers, text and nulls, so no mapper can tell which path ran.
 */
class InProcessReadsIT extends EmbeddedGraph {

	private static final List<NamedQuery> QUERIES = List.of(
			new NamedQuery("test/node", "MATCH (c:Cluster) RETURN c ORDER BY c.id LIMIT 3", null),
			new NamedQuery("test/relationship",
					"MATCH (:Cluster)-[m:IN_ECOSYSTEM]->(e:Ecosystem) RETURN m, e.id AS id ORDER BY id LIMIT 3", null),
			new NamedQuery("test/projection", "MATCH (c:Cluster) WITH c ORDER BY c.id LIMIT 5 RETURN c{.id, .founded, "
					+ "region: [(c)-[:LOCATED_IN]->(r:Region) | r{.code, .lat}][0], "
					+ "stages: COLLECT { MATCH (c)-[:CONTRIBUTES_TO]->(s:Stage) RETURN s.id ORDER BY s.id }} AS row", null),
			new NamedQuery("test/scalars", "RETURN 1 AS one, 2.5 AS half, 'text' AS text, null AS nothing, true AS yes, "
					+ "[1, [2, 'x'], {k: null}] AS nested, date('2024-05-07') AS day", null),
			new NamedQuery("test/parameters", "UNWIND $ids AS id MATCH (c:Cluster {id: id}) RETURN id AS key, c.name AS name",
					null));

	@Autowired
	CypherRunner runner;

	@Autowired
	Driver driver;

	@Test
	void bothPathsReturnTheSameRecords() {
		CypherRunner overBolt = DriverOnly.runner(this.driver);
		Map<String, Object> parameters = Map.of("ids", List.of("CL00001", "CL00002", "CL99999"));
		for (NamedQuery query : QUERIES) {
			List<Object> inProcess = this.runner.read(query, parameters, InProcessReadsIT::plain);
			List<Object> bolt = overBolt.read(query, parameters, InProcessReadsIT::plain);
			assertThat(inProcess).as(query.name()).isNotEmpty().isEqualTo(bolt);
		}
	}

	/** A record as plain Java values; a node as its labels and properties, a relationship as its type and properties. */
	private static Object plain(Record record) {
		Map<String, Object> row = new LinkedHashMap<>();
		record.keys().forEach(key -> row.put(key, plain(record.get(key))));
		return row;
	}

	private static Object plain(Value value) {
		Object object = value.asObject();
		if (object instanceof Node node) {
			List<String> labels = new ArrayList<>();
			node.labels().forEach(labels::add);
			return Map.of("labels", labels, "properties", node.asMap(), "elementId", node.elementId());
		}
		if (object instanceof Relationship relationship) {
			return Map.of("type", relationship.type(), "properties", relationship.asMap(), "start",
					relationship.startNodeElementId(), "end", relationship.endNodeElementId());
		}
		if (value.type().name().equals("LIST")) {
			List<Object> items = new ArrayList<>();
			value.values().forEach(item -> items.add(plain(item)));
			return items;
		}
		if (value.type().name().equals("MAP")) {
			Map<String, Object> entries = new LinkedHashMap<>();
			value.keys().forEach(key -> entries.put(key, plain(value.get(key))));
			return entries;
		}
		return object;
	}

}
