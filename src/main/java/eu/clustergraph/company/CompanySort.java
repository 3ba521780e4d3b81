package eu.clustergraph.company;

import eu.clustergraph.system.query.SortKey;

/** The orders of a company list; missing numbers sort as 0. */
enum CompanySort {

	ID(SortKey.BY_KEY), NAME(SortKey.byText("name")), EMPLOYEES(SortKey.byNumber("employees", false)),
	EMPLOYEES_DESC(SortKey.byNumber("employees", true)), FOUNDED(SortKey.byNumber("founded", false)),
	FOUNDED_DESC(SortKey.byNumber("founded", true));

	final SortKey key;

	CompanySort(SortKey key) {
		this.key = key;
	}

}
