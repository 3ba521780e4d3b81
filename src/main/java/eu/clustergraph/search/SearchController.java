package eu.clustergraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.company.Company;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.organisation.Organisation;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.valuechain.Stage;
import eu.clustergraph.valuechain.ValueChain;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

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

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<String> kinds, @Argument Integer first) {
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
		parameters.put("kinds", (kinds == null || kinds.isEmpty()) ? KINDS : kinds);
		parameters.put("nutsVersion", this.nutsVersion);
		parameters.put("limit", limit);
		return this.cypher.read(this.search, parameters, SearchController::hit);
	}

	private static SearchHit hit(Record record) {
		Value node = record.get("node");
		String kind = record.get("kind").asString();
		Object found = switch (kind) {
			case "CLUSTER" -> Cluster.from(node);
			case "COMPANY" -> Company.from(node);
			case "ORGANISATION" -> Organisation.from(node);
			case "REGION" -> Region.from(node);
			case "ACTIVITY" -> Activity.from(node);
			case "ECOSYSTEM" -> Ecosystem.from(node);
			case "VALUE_CHAIN" -> ValueChain.from(node);
			default -> new Stage(node.get("id").asString(), record.get("valueChain").asString(null),
					node.get("ordinal").asInt(), node.get("name").asString());
		};
		String id = node.get("id").isNull() ? node.get("code").asString() : node.get("id").asString();
		return new SearchHit(kind, record.get("score").asDouble(), record.get("matched").asString(), id,
				node.get("name").asString(), found);
	}

	/** The {@code SearchHit} type. */
	record SearchHit(String kind, double score, String matched, String id, String name, Object node) {
	}

}
