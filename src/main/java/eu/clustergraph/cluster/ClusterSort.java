package eu.clustergraph.cluster;

import eu.clustergraph.system.query.SortKey;

/** The orders of a cluster list; missing numbers (metrics not computed) sort as 0. */
enum ClusterSort {

	ID(SortKey.BY_KEY), NAME(SortKey.byText("name")), FOUNDED(SortKey.byNumber("founded", false)),
	FOUNDED_DESC(SortKey.byNumber("founded", true)), MEMBER_COUNT(SortKey.byNumber("memberCount", false)),
	MEMBER_COUNT_DESC(SortKey.byNumber("memberCount", true)),
	PAGE_RANK(SortKey.byDecimal("networkPageRank", false)), PAGE_RANK_DESC(SortKey.byDecimal("networkPageRank", true)),
	BETWEENNESS(SortKey.byDecimal("networkBetweenness", false)),
	BETWEENNESS_DESC(SortKey.byDecimal("networkBetweenness", true)),
	DEGREE(SortKey.byDecimal("networkDegree", false)), DEGREE_DESC(SortKey.byDecimal("networkDegree", true)),
	IN_COUNTRY_DEGREE(SortKey.byNumber("networkInCountryDegree", false)),
	IN_COUNTRY_DEGREE_DESC(SortKey.byNumber("networkInCountryDegree", true)),
	CROSS_BORDER_DEGREE(SortKey.byNumber("networkCrossBorderDegree", false)),
	CROSS_BORDER_DEGREE_DESC(SortKey.byNumber("networkCrossBorderDegree", true)),
	WEIGHTED_DEGREE(SortKey.byDecimal("networkWeightedDegree", false)),
	WEIGHTED_DEGREE_DESC(SortKey.byDecimal("networkWeightedDegree", true));

	final SortKey key;

	ClusterSort(SortKey key) {
		this.key = key;
	}

}
