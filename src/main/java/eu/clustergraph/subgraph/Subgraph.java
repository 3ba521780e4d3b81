package eu.clustergraph.subgraph;

import java.util.List;
import java.util.Map;

/**
 * The nodes and relationships around seeds; see {@code graphql/subgraph.graphqls}.
 *
 * @param truncated whether the node limit cut the subgraph short
 * @param limit the node limit
 * @param edgesTruncated whether the edge limit left out relationships among the nodes
 * @param edgeLimit the edge limit
 */
record Subgraph(List<Node> nodes, List<Edge> edges, boolean truncated, int limit, boolean edgesTruncated,
		int edgeLimit) {

	/**
	 * @param id a stable key: the first label and the domain id, such as {@code Cluster:CL00001} or
	 * {@code Region:DE11:2021}
	 * @param name the display name: the name property, or the domain id
	 */
	record Node(String id, List<String> labels, String name, Map<String, Object> properties) {
	}

	/** @param id unique within the subgraph: source, type and target ({@code Cluster:CL00001--MEMBER_OF--...}), numbered when a pair has several */
	record Edge(String id, String source, String target, String type, Map<String, Object> properties) {
	}

}
