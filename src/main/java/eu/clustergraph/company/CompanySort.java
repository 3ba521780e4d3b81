package eu.clustergraph.company;

import eu.clustergraph.system.graphql.SortOrder;

/** The orders of a company list; missing numbers sort as 0. */
enum CompanySort {

	ID(new SortOrder("c.id", false, false)), NAME(new SortOrder("c.name", false, false)),
	EMPLOYEES(new SortOrder("coalesce(c.employees, 0)", true, false)),
	EMPLOYEES_DESC(new SortOrder("coalesce(c.employees, 0)", true, true)),
	FOUNDED(new SortOrder("coalesce(c.founded, 0)", true, false)),
	FOUNDED_DESC(new SortOrder("coalesce(c.founded, 0)", true, true));

	final SortOrder order;

	CompanySort(SortOrder order) {
		this.order = order;
	}

}
