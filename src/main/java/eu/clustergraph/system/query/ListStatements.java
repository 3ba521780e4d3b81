package eu.clustergraph.system.query;

import eu.clustergraph.system.graphql.paging.PageRequest;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.ExposesWith;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.StatementBuilder;
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
	 * {@code row} and {@code sortValue}. Without a filter the count is the label's count and the page is matched on its
	 * own (in the key's index order, when sorted by key). With a filter, counting has to visit every match anyway, so
	 * the page is cut from those matches instead of being matched a second time: one pass over the rows instead of two.
	 */
	public static Statement pageAndCount(NodeList<?> list, RowFilter filter, SortKey sort, PageRequest page,
			Projection.Selection selection) {
		Node row = list.row();
		Condition matching = filter.on(row);
		if (!Conditions.isEmpty(matching)) {
			SymbolicName matches = Cypher.name("matches");
			var unwound = Cypher.unwind(matches).as(row.getRequiredSymbolicName());
			Condition after = sort.after(page.afterKey(), sort.of(list, row), list.id().apply(row));
			ExposesWith fromMatches = Conditions.isEmpty(after) ? unwound
					: unwound.with(row.getRequiredSymbolicName()).where(after);
			return Statement.of(list.name() + "/page-and-count", Cypher.match(row)
				.where(matching)
				.with(Cypher.collect(row).as(matches))
				.returning(Cypher.size(matches).as("total"),
						Cypher.collect(cut(list, fromMatches, sort, page, selection, false).build()).as("rows"))
				.build());
		}
		Expression total = Cypher.count(Cypher.match(row).returning(row).build());
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
		Projection.Staged staged = new Projection().staged(list.shape(), row, selection);
		return Statement.of(list.name() + "/lookup", Cypher.match(row)
			.where(match.on(row))
			.with(staged.children())
			.returning(staged.row().as("row"))
			.build());
	}

	private static StatementBuilder.BuildableStatement<?> pageQuery(NodeList<?> list, RowFilter filter, SortKey sort,
			PageRequest page, Projection.Selection selection, boolean columns) {
		Node row = list.row();
		Expression id = list.id().apply(row);
		Condition where = filter.on(row).and(sort.after(page.afterKey(), sort.of(list, row), id));
		if (sort == SortKey.BY_KEY) {
			// "key IS NOT NULL" lets the planner read the key's index in order and stop after the page, instead of
			// sorting every row (decision 0004); every stored row has its key, so it drops none
			where = where.and(id.isNotNull());
		}
		return cut(list, Cypher.match(row).where(where), sort, page, selection, columns);
	}

	/** The page of the rows {@code source} has bound to the list's row variable: ordered, cut, then projected. */
	private static StatementBuilder.BuildableStatement<?> cut(NodeList<?> list, ExposesWith source, SortKey sort,
			PageRequest page, Projection.Selection selection, boolean columns) {
		Node row = list.row();
		Expression id = list.id().apply(row);
		Expression value = sort.of(list, row);
		Expression projected = new Projection().project(list.shape(), row, selection);
		SymbolicName sortValue = Cypher.name("sortValue");
		var ordered = source.with(row.getRequiredSymbolicName(), value.as(sortValue))
			.orderBy((sort == SortKey.BY_KEY) ? new SortItem[] { sortValue.ascending() }
					: new SortItem[] { sort.descending() ? sortValue.descending() : sortValue.ascending(), id.ascending() })
			.limit(Cypher.parameter("limit", page.limit()));
		return columns ? ordered.returning(projected.as("row"), sortValue)
				: ordered.returning(Cypher.mapOf("row", projected, "sortValue", sortValue));
	}

}
