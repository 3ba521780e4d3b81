package eu.clustergraph.ecosystem;

import eu.clustergraph.system.query.SortKey;

/** The orders of an ecosystem list. */
enum EcosystemSort {

	ORDINAL(new SortKey(row -> row.property("ordinal"), true, false)), NAME(SortKey.byText("name"));

	final SortKey key;

	EcosystemSort(SortKey key) {
		this.key = key;
	}

}
