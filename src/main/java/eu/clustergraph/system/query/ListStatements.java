package eu.clustergraph.system.query;

import eu.clustergraph.system.graphql.PageRequest;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;

/**
 * The statements of a list, built with Cypher-DSL and nothing else: a page, a count, a page with its count, a lookup.
 * Pure functions of their arguments, so golden-Cypher tests pin what each filter and sort produces.
 */
public final class ListStatements {

	private ListStatements() {
	}

	/**
	 * A page: the rows matching the filter after the cursor, in order, cut to the page before any child is read, each
	 * returned as {@code row} with its {@code sortValue}.
	 */
	public static Statement page(NodeList<?> list, RowFilter filter, SortKey sort, PageRequest page,
			Projection.Selection selection) {
		return Statement.of(list.name() + "/page", pageQuery(list, filter, sort, page, selection, true).build());
	}

	/** How many rows match, as {@code count}. */
	public static Statement count(NodeList<?> list, RowFilter filter) {
		Node row = list.row();
		return Statement.of(list.name() + "/count",
				Cypher.match(row).where(filter.on(row)).returning(Cypher.count(row).as("count")).build());
	}

	/**
	 * A page and the count in one statement: one row with {@code total} and {@code rows}, a list of maps with
	 * {@code row} and {@code sortValue}.
	 */
	public static Statement pageAndCount(NodeList<?> list, RowFilter filter, SortKey sort, PageRequest page,
			Projection.Selection selection) {
		Node counted = list.row();
		// a statement rather than a pattern: an empty filter then leaves no dangling WHERE
		Expression total = Cypher.count(Cypher.match(counted).where(filter.on(counted)).returning(counted).build());
		Expression rows = Cypher.collect(pageQuery(list, filter, sort, page, selection, false).build());
		return Statement.of(list.name() + "/page-and-count", Cypher.returning(total.as("total"), rows.as("rows")).build());
	}

	/** The row with the given key properties, projected as selected. */
	public static Statement lookup(NodeList<?> list, RowFilter match, Projection.Selection selection) {
		Node row = list.row();
		Projection projection = new Projection();
		return Statement.of(list.name() + "/lookup", Cypher.match(row)
			.where(match.on(row))
			.returning(projection.project(list.shape(), row, selection).as("row"))
			.build());
	}

	private static org.neo4j.cypherdsl.core.StatementBuilder.BuildableStatement<?> pageQuery(NodeList<?> list,
			RowFilter filter, SortKey sort, PageRequest page, Projection.Selection selection, boolean columns) {
		Node row = list.row();
		Expression id = list.id().apply(row);
		Projection projection = new Projection();
		Expression projected = projection.project(list.shape(), row, selection);
		SortItem byValue = sort.descending() ? Cypher.name("sortValue").descending() : Cypher.name("sortValue").ascending();
		var ordered = Cypher.match(row)
			.where(filter.on(row))
			.with(row.getRequiredSymbolicName(), sort.value().apply(row).as("sortValue"))
			.where(sort.after(page.afterKey(), id))
			.with(row.getRequiredSymbolicName(), SortKey.SORT_VALUE)
			.orderBy(byValue, id.ascending())
			.limit(Cypher.parameter("limit", page.limit()));
		return columns ? ordered.returning(projected.as("row"), SortKey.SORT_VALUE)
				: ordered.returning(Cypher.mapOf("row", projected, "sortValue", SortKey.SORT_VALUE));
	}

}
