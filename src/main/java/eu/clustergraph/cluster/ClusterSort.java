package eu.clustergraph.cluster;

import eu.clustergraph.system.graphql.SortOrder;

/** The orders of a cluster list; missing numbers sort as 0. */
enum ClusterSort {

	ID(new SortOrder("c.id", false, false)), NAME(new SortOrder("c.name", false, false)),
	FOUNDED(new SortOrder("coalesce(c.founded, 0)", true, false)),
	FOUNDED_DESC(new SortOrder("coalesce(c.founded, 0)", true, true)),
	MEMBER_COUNT(new SortOrder("coalesce(c.memberCount, 0)", true, false)),
	MEMBER_COUNT_DESC(new SortOrder("coalesce(c.memberCount, 0)", true, true));

	final SortOrder order;

	ClusterSort(SortOrder order) {
		this.order = order;
	}

}
