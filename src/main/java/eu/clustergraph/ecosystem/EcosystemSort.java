package eu.clustergraph.ecosystem;

import eu.clustergraph.system.graphql.SortOrder;

/** The orders of an ecosystem list. */
enum EcosystemSort {

	ORDINAL(new SortOrder("e.ordinal", true, false)), NAME(new SortOrder("e.name", false, false));

	final SortOrder order;

	EcosystemSort(SortOrder order) {
		this.order = order;
	}

}
