package eu.clustergraph.system.graphql.paging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clustergraph.system.cypher.CypherRunner;
import graphql.schema.DataFetchingFieldSelectionSet;
import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Child connections (a region's companies, a stage's clusters) for a whole response level at once. The query takes
 * {@code $keys}, {@code $after} and {@code $limit} and returns one row per key with its {@code total} and a
 * {@code nodes} list already cut to the page (a COLLECT subquery), so every parent costs nothing extra. The total is
 * counted only when {@code totalCount} is selected ({@code $counted}).
 */
@Component
public class ChildPages {

	private final CypherRunner cypher;

	ChildPages(CypherRunner cypher) {
		this.cypher = cypher;
	}

	/** Parents asking for the same page size and start share one statement. */
	public <T> Map<Key, Connection<T>> load(Set<Key> keys, NamedQuery query, Function<Value, T> mapper,
			Function<T, String> idOf) {
		Map<Key, Connection<T>> pages = new HashMap<>();
		Map<List<Object>, List<Key>> byShape = keys.stream()
			.collect(Collectors.groupingBy(key -> java.util.Arrays.asList(key.first(), key.afterId(), key.counted())));
		byShape.forEach((shape, group) -> {
			Key any = group.get(0);
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("keys", group.stream().map(Key::parent).distinct().toList());
			parameters.put("after", any.afterId());
			parameters.put("limit", any.first() + 1);
			parameters.put("counted", any.counted());
			Map<String, Page<T>> rows = new HashMap<>();
			for (var record : this.cypher.read(query, parameters, java.util.function.Function.identity())) {
				rows.put(record.get("key").asString(), new Page<>(record.get("total").asLong(0),
						record.get("nodes").asList(mapper::apply)));
			}
			for (Key key : group) {
				Page<T> page = rows.getOrDefault(key.parent(), new Page<>(0, List.of()));
				PageRequest request = new PageRequest(key.first(), key.afterId(), key.first() > 0);
				pages.put(key, Connection.of(page.nodes(), request, idOf, page::total));
			}
		});
		return pages;
	}

	/**
	 * Which page of whose children.
	 *
	 * @param parent the parent's key as the query takes it
	 * @param first the page size
	 * @param afterId the id after which the page starts, or null
	 * @param counted whether {@code totalCount} is selected
	 */
	public record Key(String parent, int first, String afterId, boolean counted) {

		public static Key of(String parent, Integer first, String after, DataFetchingFieldSelectionSet selection) {
			PageRequest page = PageRequest.of(first, after, null);
			return new Key(parent, page.first(), page.afterKey(), selection == null || selection.contains("totalCount"));
		}

	}

	private record Page<T>(long total, List<T> nodes) {
	}

}
