package eu.clustergraph.cluster;

import eu.clustergraph.system.query.SortKey;

/** The orders of a cluster list; missing numbers sort as 0. */
enum ClusterSort {

	ID(SortKey.BY_KEY), NAME(SortKey.byText("name")), FOUNDED(SortKey.byNumber("founded", false)),
	FOUNDED_DESC(SortKey.byNumber("founded", true)), MEMBER_COUNT(SortKey.byNumber("memberCount", false)),
	MEMBER_COUNT_DESC(SortKey.byNumber("memberCount", true));

	final SortKey key;

	ClusterSort(SortKey key) {
		this.key = key;
	}

}
