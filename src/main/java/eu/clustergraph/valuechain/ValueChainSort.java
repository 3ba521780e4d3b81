package eu.clustergraph.valuechain;

import eu.clustergraph.system.query.SortKey;

/** The orders of a value-chain list. */
enum ValueChainSort {

	ORDINAL(new SortKey(row -> row.property("ordinal"), true, false)), NAME(SortKey.byText("name"));

	final SortKey key;

	ValueChainSort(SortKey key) {
		this.key = key;
	}

}
