package eu.clustergraph.system.graphql.paging;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A Relay connection. {@code totalCount} runs its count query only when a client selects it: graphql-java calls the
 * accessor of a selected field only.
 *
 * @param edges the page
 * @param pageInfo where the page stands
 * @param counter counts all matches, lazily
 * @param <T> the node type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

	/**
	 * Builds the page from rows fetched with {@link PageRequest#limit()}: the extra row, if present, only says that a
	 * next page exists.
	 */
	public static <T> Connection<T> of(List<T> rows, PageRequest page, Function<T, String> keyOf,
			LongSupplier counter) {
		boolean hasNext = rows.size() > page.first();
		List<Edge<T>> edges = rows.stream()
			.limit(page.first())
			.map(node -> new Edge<>(node, Cursor.encode(keyOf.apply(node))))
			.toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new PageInfo(hasNext, page.afterKey() != null, start, end), counter);
	}

	/**
	 * Fetches one page through {@code rows} (given the key to start after and how many rows to read) unless the
	 * selection wants no rows at all, and builds the connection around it.
	 */
	public static <T> Connection<T> fetch(PageRequest page, BiFunction<String, Integer, List<T>> rows,
			Function<T, String> keyOf, LongSupplier counter) {
		List<T> fetched = page.rowsWanted() ? rows.apply(page.afterKey(), page.limit()) : List.of();
		return of(fetched, page, keyOf, counter);
	}

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public long totalCount() {
		return this.counter.getAsLong();
	}

	/** One node with its cursor. */
	public record Edge<T>(T node, String cursor) {
	}

	/** Relay page info; {@code hasPreviousPage} is true when the page starts after a cursor. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
