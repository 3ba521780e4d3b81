package eu.clustergraph.subgraph;

import java.util.List;
import java.util.Set;

import eu.clustergraph.system.graphql.errors.Arguments;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

/**
 * The validated arguments of a subgraph, from GraphQL or the export URLs alike.
 *
 * @param relationshipTypes the types to follow and return, or {@code null} for all
 * @param labels the labels a node must have one of (seeds excepted), or {@code null} for all
 * @param minStrength the strength a {@code TIED_WITH} relationship needs to be followed and returned
 */
record SubgraphRequest(List<String> seeds, int depth, List<String> relationshipTypes, List<String> labels,
		int limit, int edgeLimit, double minStrength) {

	static final int MAX_DEPTH = 3;

	static final int DEFAULT_LIMIT = 500;

	static final int MAX_LIMIT = 5_000;

	/**
	 * The default and the most relationships a subgraph returns: a hub's neighbourhood has many more relationships
	 * than nodes (2,000 nodes around one carried about 35,000), and they are most of an export's size.
	 */
	static final int DEFAULT_EDGE_LIMIT = 20_000;

	static final int MAX_EDGE_LIMIT = 50_000;

	static final int MAX_SEEDS = 100;

	/**
	 * Checks the arguments; type and label names are checked against those in the graph, so that only known names
	 * ever reach the traversal's filter strings.
	 */
	static SubgraphRequest of(List<String> seeds, Integer depth, List<String> relationshipTypes, List<String> labels,
			Integer limit, Integer edgeLimit, double minStrength, Set<String> knownTypes, Set<String> knownLabels) {
		return of(seeds, List.of(), depth, relationshipTypes, labels, limit, edgeLimit, minStrength, knownTypes,
				knownLabels);
	}

	/**
	 * As {@link #of(List, Integer, List, List, Integer, Integer, double, Set, Set)}, with the clusters of a network community
	 * as further seeds after the given ones; they are not bound by the seed limit, only by the node limit.
	 */
	static SubgraphRequest of(List<String> seeds, List<String> communitySeeds, Integer depth,
			List<String> relationshipTypes, List<String> labels, Integer limit, Integer edgeLimit, double minStrength,
			Set<String> knownTypes, Set<String> knownLabels) {
		List<String> cleanSeeds = (seeds == null) ? List.of()
				: seeds.stream().map(String::strip).filter(seed -> !seed.isEmpty()).distinct().toList();
		if (cleanSeeds.isEmpty() && communitySeeds.isEmpty()) {
			throw new InvalidArgumentException("seeds", "must name at least one node (a cluster, company or other id, "
					+ "a NUTS or NACE code), or a community be given");
		}
		if (cleanSeeds.size() > MAX_SEEDS) {
			throw new InvalidArgumentException("seeds", "may name at most " + MAX_SEEDS + " nodes (was "
					+ cleanSeeds.size() + ")");
		}
		if (!communitySeeds.isEmpty()) {
			java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(cleanSeeds);
			all.addAll(communitySeeds);
			cleanSeeds = List.copyOf(all);
		}
		int checkedDepth = (depth == null) ? 1 : depth;
		if (checkedDepth < 0 || checkedDepth > MAX_DEPTH) {
			throw new InvalidArgumentException("depth", "must be between 0 and " + MAX_DEPTH + " (was " + checkedDepth + ")");
		}
		int checkedLimit = (limit == null) ? DEFAULT_LIMIT : limit;
		if (checkedLimit < 1 || checkedLimit > MAX_LIMIT) {
			throw new InvalidArgumentException("limit", "must be between 1 and " + MAX_LIMIT + " (was " + checkedLimit + ")");
		}
		int checkedEdgeLimit = Arguments.bounded(edgeLimit, DEFAULT_EDGE_LIMIT, 1, MAX_EDGE_LIMIT, "edgeLimit");
		return new SubgraphRequest(cleanSeeds, checkedDepth, known(relationshipTypes, knownTypes, "relationshipTypes"),
				known(labels, knownLabels, "labels"), checkedLimit, checkedEdgeLimit, minStrength);
	}

	private static List<String> known(List<String> names, Set<String> known, String argument) {
		if (names == null) {
			return null;
		}
		if (names.isEmpty()) {
			throw new InvalidArgumentException(argument, "must name at least one, or be left out for all");
		}
		for (String name : names) {
			if (!known.contains(name)) {
				throw new InvalidArgumentException(argument,
						"'" + name + "' is not in the graph; known: " + String.join(", ", known.stream().sorted().toList()));
			}
		}
		return names.stream().distinct().toList();
	}

}
