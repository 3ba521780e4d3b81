package eu.clustergraph.region;

import eu.clustergraph.system.graphql.SortOrder;

/** The orders of a region list; ties are broken by code. */
enum RegionSort {

	CODE(new SortOrder("r.code", false, false)), NAME(new SortOrder("r.name", false, false)),
	LEVEL(new SortOrder("r.level", true, false));

	final SortOrder order;

	RegionSort(SortOrder order) {
		this.order = order;
	}

}
