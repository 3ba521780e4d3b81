package eu.clustergraph.cluster;

import java.util.List;

import eu.clustergraph.system.graphql.Connection.PageInfo;

/**
 * The {@code MemberConnection} type: a page of a cluster's members. Its {@code totalCount} is the cluster's member
 * count, so it needs no query. (The name ends in Connection on purpose: Spring GraphQL passes such values through
 * unchanged instead of looking for a pagination adapter.)
 */
record MemberConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

	public List<Object> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/** Which page of which cluster's members: the key of the batched members loader. */
	record Key(String clusterId, int first, String afterId, int memberCount) {
	}

	/** The {@code MemberEdge} type: a Company or an Organisation record, so GraphQL resolves the union by class. */
	record Edge(Object node, Integer since, String cursor) {
	}

}
