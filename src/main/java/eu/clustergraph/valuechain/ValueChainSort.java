package eu.clustergraph.valuechain;

import eu.clustergraph.system.graphql.SortOrder;

/** The orders of a value-chain list. */
enum ValueChainSort {

	ORDINAL(new SortOrder("v.ordinal", true, false)), NAME(new SortOrder("v.name", false, false));

	final SortOrder order;

	ValueChainSort(SortOrder order) {
		this.order = order;
	}

}
