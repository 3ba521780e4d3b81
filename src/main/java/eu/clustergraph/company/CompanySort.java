package eu.clustergraph.company;

/** The orders of a company list ({@link CompanyShape#sort}); missing numbers sort as 0. */
enum CompanySort {

	ID, NAME, EMPLOYEES, EMPLOYEES_DESC, FOUNDED, FOUNDED_DESC

}
