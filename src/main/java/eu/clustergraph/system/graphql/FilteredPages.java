package eu.clustergraph.system.graphql;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.cypher.Predicates;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * A filtered, sorted root connection from a pair of named queries: a page query with {@code filter}, {@code sort},
 * {@code direction} and {@code after} slots that returns each node and its {@code sortValue} (see
 * {@code cypher/queries/cluster/page.cypher}), and a count query with the same {@code filter} slot, run only when
 * {@code totalCount} is selected.
 */
@Component
public class FilteredPages {

	private final CypherRunner cypher;

	FilteredPages(CypherRunner cypher) {
		this.cypher = cypher;
	}

	/**
	 * @param page the page query; it returns the node under {@code variable} and its {@code sortValue}
	 * @param count the count query
	 * @param variable the row variable of both queries, such as {@code c}
	 * @param where the compiled filter, its values bound in {@code predicates}
	 */
	public <T> Connection<T> fetch(NamedQuery page, NamedQuery count, String variable, String where,
			Predicates predicates, SortOrder sort, PageRequest request, Function<Value, T> mapper,
			Function<T, String> idOf) {
		return fetch(page, count, variable, variable + ".id", where, predicates, sort, request, mapper, idOf);
	}

	/**
	 * As {@link #fetch(NamedQuery, NamedQuery, String, String, Predicates, SortOrder, PageRequest, Function, Function)}
	 * for rows whose unique key is not {@code id}, such as a region's {@code r.code} within one NUTS version.
	 * @param idExpression the row's unique key in Cypher, the page query's tie-breaker
	 */
	public <T> Connection<T> fetch(NamedQuery page, NamedQuery count, String variable, String idExpression,
			String where, Predicates predicates, SortOrder sort, PageRequest request, Function<Value, T> mapper,
			Function<T, String> idOf) {
		Map<T, String> cursorKeys = new IdentityHashMap<>();
		List<T> rows = List.of();
		// decoded even when no rows are wanted: a cursor of another sort order is an error either way
		String after = sort.after(request.afterKey(), idExpression, predicates);
		if (request.rowsWanted()) {
			Map<String, String> slots = new HashMap<>(sort.slots());
			slots.put("filter", where);
			slots.put("after", after);
			Map<String, Object> parameters = new HashMap<>(predicates.parameters());
			parameters.put("limit", request.limit());
			rows = this.cypher.read(page.fill(slots), parameters, record -> {
				T node = mapper.apply(record.get(variable));
				cursorKeys.put(node, SortOrder.cursorKey(record.get("sortValue").asObject(), idOf.apply(node)));
				return node;
			});
		}
		NamedQuery counting = count.fill(Map.of("filter", where));
		return Connection.of(rows, request, cursorKeys::get,
				() -> this.cypher.read(counting, predicates.parameters(), r -> r.get("count").asLong()).get(0));
	}

}
