package eu.clustergraph.system.graphql.paging;

import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * A validated {@code first}/{@code after} pair of a connection field.
 *
 * @param first how many edges to return
 * @param afterKey the sort key after which the page starts, or {@code null} for the first page
 * @param rowsWanted whether the selection asks for edges, nodes or page info at all; a request for
 * {@code totalCount} alone must not fetch rows
 */
public record PageRequest(int first, String afterKey, boolean rowsWanted) {

	public static final int DEFAULT_FIRST = 20;

	public static final int MAX_FIRST = 100;

	public static PageRequest of(Integer first, String after, DataFetchingFieldSelectionSet selection) {
		int size = (first == null) ? DEFAULT_FIRST : first;
		if (size < 0 || size > MAX_FIRST) {
			throw new InvalidArgumentException("first",
					"must be between 0 and " + MAX_FIRST + " (was " + size + "); page on with 'after'");
		}
		String afterKey = (after == null) ? null : Cursor.decode(after, "after");
		boolean rowsWanted = selection == null || selection.contains("edges") || selection.contains("nodes")
				|| selection.contains("pageInfo");
		return new PageRequest(size, afterKey, rowsWanted && size > 0);
	}

	/** Rows to ask the database for: one more than the page, to learn whether a next page exists. */
	public int limit() {
		return this.first + 1;
	}

}
