package eu.clustergraph.subgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.cooperation.CooperationProperties;
import eu.clustergraph.cooperation.TieStrength;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Subgraphs around seeds: the names the filters may use, the seeds, one statement per level of the breadth-first
 * expansion, and the relationships among what it kept. Each level stops at the nodes the limit leaves, so a hub seed
 * (a country, a NACE section) stops at the limit and comes back {@code truncated} rather than running away. A
 * {@code TIED_WITH} relationship is followed and returned only from the minimum strength on, which APOC's path
 * expander cannot filter by (it knows types, not properties).
 */
@Component
class Subgraphs {

	private final CypherRunner cypher;

	private final NamedQuery names;

	private final NamedQuery seeds;

	private final NamedQuery level;

	private final NamedQuery select;

	private final NamedQuery community;

	private final int nutsVersion;

	private final double minStrength;

	Subgraphs(CypherRunner cypher, CypherQueries queries, ClusterGraphProperties properties,
			CooperationProperties cooperation) {
		this.cypher = cypher;
		this.names = queries.get("subgraph/node-labels");
		this.seeds = queries.get("subgraph/seeds");
		this.level = queries.get("subgraph/level");
		this.select = queries.get("subgraph/select");
		this.community = queries.get("subgraph/community-seeds");
		this.nutsVersion = properties.nutsVersion();
		this.minStrength = cooperation.minStrength();
	}

	/** Checks the arguments against the labels and relationship types in the graph. */
	SubgraphRequest request(List<String> seeds, Integer depth, List<String> relationshipTypes, List<String> labels,
			Integer limit, Double minStrength) {
		return request(seeds, null, depth, relationshipTypes, labels, limit, null, minStrength);
	}

	/** As above, with the clusters of a network community (its number) as further seeds when one is given. */
	SubgraphRequest request(List<String> seeds, Integer community, Integer depth, List<String> relationshipTypes,
			List<String> labels, Integer limit, Integer edgeLimit, Double minStrength) {
		List<String> communitySeeds = List.of();
		if (community != null) {
			communitySeeds = this.cypher.read(this.community, Map.of("community", community),
					record -> record.get("id").asString());
			if (communitySeeds.isEmpty()) {
				throw new InvalidArgumentException("community", "names no network community: no cluster is in "
						+ "community " + community + " (see communities, or Cluster.networkMetrics.community)");
			}
		}
		Map<String, Object> known = this.cypher.read(this.names, Map.of(), record -> record.asMap()).get(0);
		return SubgraphRequest.of(seeds, communitySeeds, depth, relationshipTypes, labels, limit, edgeLimit,
				TieStrength.minimum(minStrength, this.minStrength, "minStrength"), Set.copyOf(strings(known.get("types"))),
				Set.copyOf(strings(known.get("labels"))));
	}

	/**
	 * Breadth-first, one statement per level: the seeds, then each level's new nodes in a fixed order, until the limit
	 * (one node more tells that the subgraph was cut), then the nodes with every relationship among them.
	 */
	Subgraph around(SubgraphRequest request) {
		List<String> seedNodes = this.cypher.read(this.seeds,
				Map.of("seeds", request.seeds(), "version", this.nutsVersion), record -> record.get("node").asString());
		Set<String> found = new LinkedHashSet<>(seedNodes);
		List<String> frontier = new ArrayList<>(found);
		for (int level = 1; level <= request.depth() && !frontier.isEmpty() && found.size() <= request.limit(); level++) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("frontier", frontier);
			parameters.put("seen", new ArrayList<>(found));
			parameters.put("types", request.relationshipTypes());
			parameters.put("labels", request.labels());
			parameters.put("minStrength", request.minStrength());
			parameters.put("remaining", request.limit() + 1 - found.size());
			frontier = this.cypher.read(this.level, parameters, record -> record.get("node").asString());
			found.addAll(frontier);
		}
		if (found.isEmpty()) {
			return new Subgraph(List.of(), List.of(), false, request.limit(), false, request.edgeLimit());
		}
		List<String> nodes = new ArrayList<>(found);
		boolean truncated = nodes.size() > request.limit();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("nodes", truncated ? nodes.subList(0, request.limit()) : nodes);
		parameters.put("types", request.relationshipTypes());
		parameters.put("minStrength", request.minStrength());
		parameters.put("edgeLimit", request.edgeLimit());
		return this.cypher.read(this.select, parameters, record -> toSubgraph(record, truncated, request)).get(0);
	}

	private static Subgraph toSubgraph(org.neo4j.driver.Record record, boolean truncated, SubgraphRequest request) {
		Map<String, String> keys = new HashMap<>();
		List<Subgraph.Node> nodes = new ArrayList<>();
		for (Value node : record.get("nodes").values()) {
			List<String> labels = node.get("labels").asList(Value::asString);
			Map<String, Object> properties = new LinkedHashMap<>(node.get("properties").asMap());
			String key = key(labels, properties, node.get("id").asString());
			keys.put(node.get("id").asString(), key);
			Object name = properties.getOrDefault("name", key.substring(key.indexOf(':') + 1));
			nodes.add(new Subgraph.Node(key, labels, String.valueOf(name), properties));
		}
		List<Subgraph.Edge> edges = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Value edge : record.get("edges").values()) {
			String source = keys.get(edge.get("source").asString());
			String target = keys.get(edge.get("target").asString());
			String type = edge.get("type").asString();
			// only XML name characters: GraphML's ids are NMTOKENs
			String id = source + "--" + type + "--" + target;
			int count = seen.merge(id, 1, Integer::sum);
			edges.add(new Subgraph.Edge((count == 1) ? id : id + "--" + count, source, target, type,
					new LinkedHashMap<>(edge.get("properties").asMap())));
		}
		boolean edgesTruncated = edges.size() > request.edgeLimit();
		return new Subgraph(nodes, edgesTruncated ? List.copyOf(edges.subList(0, request.edgeLimit())) : edges, truncated,
				request.limit(), edgesTruncated, request.edgeLimit());
	}

	/**
	 * A key that stays the same across requests and databases: the label and the domain id or code, and a region's
	 * NUTS version. Only XML name characters, so the key is also the node id in GraphML and GEXF.
	 */
	private static String key(List<String> labels, Map<String, Object> properties, String elementId) {
		String label = labels.isEmpty() ? "Node" : labels.get(0);
		if (properties.get("id") != null) {
			return label + ":" + properties.get("id");
		}
		if (properties.get("code") != null) {
			return label + ":" + properties.get("code")
					+ ((properties.get("version") != null) ? ":" + properties.get("version") : "");
		}
		// nodes without a domain id (indicator values): the database's id, stable within one database
		return label + ":" + elementId;
	}

	private static List<String> strings(Object list) {
		return ((List<?>) list).stream().map(String::valueOf).toList();
	}

}
