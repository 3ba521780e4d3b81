package eu.clustergraph.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.cluster.ClusterShape;
import eu.clustergraph.company.CompanyShape;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.organisation.Organisation;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.system.query.Projection;
import eu.clustergraph.system.query.Shape;
import eu.clustergraph.valuechain.Stage;
import eu.clustergraph.valuechain.ValueChain;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code search}: one statement over every full-text index asked for. */
@Controller
class SearchController {

	static final List<String> KINDS = List.of("CLUSTER", "COMPANY", "ORGANISATION", "REGION", "ACTIVITY", "ECOSYSTEM",
			"VALUE_CHAIN", "STAGE");

	private static final int MAX_TEXT = 200;

	private final CypherRunner cypher;

	private final NamedQuery search;

	private final int nutsVersion;

	SearchController(CypherRunner cypher, CypherQueries queries, ClusterGraphProperties properties) {
		this.cypher = cypher;
		this.search = queries.get("search/search");
		this.nutsVersion = properties.nutsVersion();
	}

	/** How each kind's node reads. */
	private static final Map<String, Shape<?>> SHAPES = shapes();

	/** Each kind's GraphQL type in the {@code Searchable} union. */
	private static final Map<String, String> TYPES = Map.of("CLUSTER", "Cluster", "COMPANY", "Company",
			"ORGANISATION", "Organisation", "REGION", "Region", "ACTIVITY", "Activity", "ECOSYSTEM", "Ecosystem",
			"VALUE_CHAIN", "ValueChain", "STAGE", "Stage");

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<String> kinds, @Argument Integer first,
			DataFetchingFieldSelectionSet selection) {
		if (text.isBlank()) {
			throw new InvalidArgumentException("text", "must contain at least one word");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidArgumentException("text", "must be at most " + MAX_TEXT + " characters (was "
					+ text.length() + ")");
		}
		int limit = (first == null) ? 20 : first;
		if (limit < 1 || limit > 100) {
			throw new InvalidArgumentException("first", "must be between 1 and 100 (was " + limit + ")");
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("query", LuceneText.escape(text.strip()));
		parameters.put("words", List.of(text.strip().split("\\s+")));
		List<String> asked = (kinds == null || kinds.isEmpty()) ? KINDS : kinds;
		parameters.put("kinds", asked);
		parameters.put("nutsVersion", this.nutsVersion);
		parameters.put("limit", limit);
		Map<String, String> keys = new HashMap<>();
		asked.forEach(kind -> keys.put(kind, keyOf(kind)));
		parameters.put("keys", keys);
		Map<String, List<String>> properties = properties(asked, selection);
		parameters.put("properties", properties);
		return this.cypher.read(this.search, parameters, record -> hit(record, properties));
	}

	/**
	 * Per kind, the properties its hits need besides the key and name the statement returns anyway: the shape's
	 * other keys and what the selection asks of the node.
	 */
	private static Map<String, List<String>> properties(List<String> kinds, DataFetchingFieldSelectionSet selection) {
		Map<String, List<String>> properties = new HashMap<>();
		for (String kind : new LinkedHashSet<>(kinds)) {
			Shape<?> shape = SHAPES.get(kind);
			Set<String> read = new LinkedHashSet<>(shape.keys());
			read.addAll(Projection.propertiesWithoutChildren(shape,
					Projection.Selection.ofMember(selection, "node", TYPES.get(kind))));
			read.remove(keyOf(kind));
			read.remove("name");
			properties.put(kind, List.copyOf(read));
		}
		return properties;
	}

	/** The property that identifies a hit of a kind, its shape's key: the statement returns it as {@code key}. */
	private static String keyOf(String kind) {
		return SHAPES.get(kind).keys().get(0);
	}

	private static SearchHit hit(Record record, Map<String, List<String>> properties) {
		String kind = record.get("kind").asString();
		String key = record.get("key").asString();
		String name = record.get("name").asString();
		Map<String, Object> read = new HashMap<>(Map.of(keyOf(kind), key, "name", name));
		List<String> further = properties.get(kind);
		List<Object> values = record.get("values").asList(Value::asObject);
		for (int i = 0; i < further.size(); i++) {
			read.put(further.get(i), values.get(i));
		}
		Value node = Values.value(read);
		Object found = SHAPES.get(kind).map(node);
		return new SearchHit(kind, record.get("score").asDouble(), record.get("matched").asString(), key, name, found);
	}

	private static Map<String, Shape<?>> shapes() {
		return Map.of("CLUSTER", ClusterShape.SHAPE, "COMPANY", CompanyShape.SHAPE, "ORGANISATION", Organisation.SHAPE,
				"REGION", Region.SHAPE, "ACTIVITY", Activity.SHAPE, "ECOSYSTEM", Ecosystem.SHAPE, "VALUE_CHAIN",
				ValueChain.SHAPE, "STAGE", Stage.SHAPE);
	}

	/** The {@code SearchHit} type. */
	record SearchHit(String kind, double score, String matched, String id, String name, Object node) {
	}

}
