package eu.clustergraph.system.query;

import eu.clustergraph.system.graphql.paging.PageRequest;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.SymbolicName;

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

	/**
	 * The unique keys of the rows matching the filter, in key order, as one list {@code keys}: for the few hand-written
	 * statements that take a filter's matches as a parameter.
	 */
	public static Statement keys(NodeList<?> list, RowFilter filter) {
		Node row = list.row();
		Expression key = list.id().apply(row);
		return Statement.of(list.name() + "/keys", Cypher.match(row)
			.where(filter.on(row))
			.with(key.as("key"))
			.orderBy(Cypher.name("key").ascending())
			.returning(Cypher.collect(Cypher.name("key")).as("keys"))
			.build());
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
		Expression value = sort.of(list, row);
		Expression projected = new Projection().project(list.shape(), row, selection);
		// "key IS NOT NULL" lets the planner read the key's index in order and stop after the page, instead of
		// sorting every row (decision 0004); every stored row has its key, so it drops none
		Condition where = filter.on(row).and(sort.after(page.afterKey(), value, id));
		if (sort == SortKey.BY_KEY) {
			where = where.and(id.isNotNull());
		}
		SymbolicName sortValue = Cypher.name("sortValue");
		var ordered = Cypher.match(row)
			.where(where)
			.with(row.getRequiredSymbolicName(), value.as(sortValue))
			.orderBy((sort == SortKey.BY_KEY) ? new SortItem[] { sortValue.ascending() }
					: new SortItem[] { sort.descending() ? sortValue.descending() : sortValue.ascending(), id.ascending() })
			.limit(Cypher.parameter("limit", page.limit()));
		return columns ? ordered.returning(projected.as("row"), sortValue)
				: ordered.returning(Cypher.mapOf("row", projected, "sortValue", sortValue));
	}

}
