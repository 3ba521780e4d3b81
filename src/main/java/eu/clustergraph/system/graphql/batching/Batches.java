package eu.clustergraph.system.graphql.batching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Hands the rows of one batched child query back to the parents that asked, in the shape {@code @BatchMapping}
 * expects. A parent without rows gets an empty list (to-many) or no entry, which GraphQL shows as null (to-one).
 */
public final class Batches {

	private Batches() {
	}

	public static <P, K, C> Map<P, List<C>> toMany(List<P> parents, Function<P, K> keyOf, Map<K, List<C>> byKey) {
		Map<P, List<C>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.putIfAbsent(parent, byKey.getOrDefault(keyOf.apply(parent), List.of()));
		}
		return result;
	}

	public static <P, K, C> Map<P, C> toOne(List<P> parents, Function<P, K> keyOf, Map<K, List<C>> byKey) {
		Map<P, C> result = new LinkedHashMap<>();
		for (P parent : parents) {
			List<C> children = byKey.get(keyOf.apply(parent));
			if (children != null && !children.isEmpty()) {
				result.putIfAbsent(parent, children.get(0));
			}
		}
		return result;
	}

	/**
	 * Registers the data loader of a to-one child field: a level's parents batched into one fetch by their keys, for
	 * fields that load on demand rather than through {@code @BatchMapping}.
	 */
	public static <P, K, C> void registerToOne(BatchLoaderRegistry loaders, String name, Function<P, K> keyOf,
			Function<List<K>, Map<K, List<C>>> fetch) {
		loaders.<P, C>forName(name).registerMappedBatchLoader((parents, environment) -> Mono.fromCallable(() -> {
			List<P> batch = List.copyOf(parents);
			return toOne(batch, keyOf, fetch.apply(keys(batch, keyOf)));
		}));
	}

	/** As {@link #registerToOne}, for a to-many child field. */
	public static <P, K, C> void registerToMany(BatchLoaderRegistry loaders, String name, Function<P, K> keyOf,
			Function<List<K>, Map<K, List<C>>> fetch) {
		loaders.<P, List<C>>forName(name).registerMappedBatchLoader((parents, environment) -> Mono.fromCallable(() -> {
			List<P> batch = List.copyOf(parents);
			return toMany(batch, keyOf, fetch.apply(keys(batch, keyOf)));
		}));
	}

	/** The distinct keys of a batch of parents, the parameter of the batched query. */
	public static <P, K> List<K> keys(List<P> parents, Function<P, K> keyOf) {
		return parents.stream().map(keyOf).distinct().toList();
	}

}
