package eu.clustergraph.region;

import eu.clustergraph.system.query.SortKey;

/** The orders of a region list; ties are broken by code. */
enum RegionSort {

	CODE(SortKey.BY_KEY), NAME(SortKey.byText("name")), LEVEL(new SortKey(row -> row.property("level"), true, false));

	final SortKey key;

	RegionSort(SortKey key) {
		this.key = key;
	}

}
