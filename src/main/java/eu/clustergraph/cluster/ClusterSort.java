package eu.clustergraph.cluster;

/** The orders of a cluster list ({@link ClusterShape#sort}); missing numbers sort as 0. */
enum ClusterSort {

	ID, NAME, FOUNDED, FOUNDED_DESC, MEMBER_COUNT, MEMBER_COUNT_DESC

}
