package eu.clustergraph.system.query;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Answers a list or lookup field with one statement: the page with the selected properties and children, and its
 * count in the same statement when {@code totalCount} is selected with it (alone, the count is all that runs).
 */
@Component
public class Lists {

	private final CypherRunner cypher;

	Lists(CypherRunner cypher) {
		this.cypher = cypher;
	}

	public <T> Connection<T> page(NodeList<T> list, RowFilter filter, SortKey sort, PageRequest request,
			DataFetchingFieldSelectionSet selection) {
		Projection.Selection nodes = Projection.Selection.ofNodes(selection);
		boolean counted = selection != null && selection.contains("totalCount");
		Map<T, String> cursorKeys = new IdentityHashMap<>();
		List<T> rows = new ArrayList<>();
		if (!request.rowsWanted()) {
			// validated either way: a cursor of another sort order is an error even when no rows are wanted
			sort.after(request.afterKey(), sort.of(list, list.row()), list.id().apply(list.row()));
			Statement count = ListStatements.count(list, filter);
			return Connection.of(rows, request, cursorKeys::get,
					() -> this.cypher.read(count.query(), count.parameters(), r -> r.get("count").asLong()).get(0));
		}
		if (counted) {
			Statement both = ListStatements.pageAndCount(list, filter, sort, request, nodes);
			long[] total = new long[1];
			this.cypher.read(both.query(), both.parameters(), record -> {
				total[0] = record.get("total").asLong();
				record.get("rows").asList(value -> add(list, value, rows, cursorKeys));
				return null;
			});
			return Connection.of(rows, request, cursorKeys::get, () -> total[0]);
		}
		Statement page = ListStatements.page(list, filter, sort, request, nodes);
		this.cypher.read(page.query(), page.parameters(), record -> add(list, record.get("row"), record.get("sortValue"),
				rows, cursorKeys));
		Statement count = ListStatements.count(list, filter);
		return Connection.of(rows, request, cursorKeys::get,
				() -> this.cypher.read(count.query(), count.parameters(), r -> r.get("count").asLong()).get(0));
	}

	/** The unique keys of the rows the filter matches, in key order. */
	public List<String> keys(NodeList<?> list, RowFilter filter) {
		Statement keys = ListStatements.keys(list, filter);
		return this.cypher.read(keys.query(), keys.parameters(), record -> record.get("keys").asList(Value::asString))
			.get(0);
	}

	/** The row a lookup matches, projected as selected; empty when none does. */
	public <T> Optional<T> lookup(NodeList<T> list, RowFilter match, DataFetchingFieldSelectionSet selection) {
		Statement lookup = ListStatements.lookup(list, match, Projection.Selection.of(selection));
		return this.cypher.readOptional(lookup.query(), lookup.parameters(), record -> list.shape().map(record.get("row")));
	}

	private static <T> T add(NodeList<T> list, Value entry, List<T> rows, Map<T, String> cursorKeys) {
		return add(list, entry.get("row"), entry.get("sortValue"), rows, cursorKeys);
	}

	private static <T> T add(NodeList<T> list, Value projected, Value sortValue, List<T> rows,
			Map<T, String> cursorKeys) {
		T node = list.shape().map(projected);
		rows.add(node);
		cursorKeys.put(node, SortKey.cursorKey(sortValue.asObject(), list.idOf().apply(node)));
		return node;
	}

}
