package eu.clustergraph.system.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Value;

/**
 * The children a row's statement already read, by field name, so the field's batch mapping answers from them
 * instead of sending a statement of its own. A field that is absent was not selected, or not read this way.
 */
public record Prefetched(Map<String, Object> values) {

	public static final Prefetched NONE = new Prefetched(Map.of());

	static Prefetched of(Collection<Child> children, Value projected) {
		Map<String, Object> values = null;
		for (Child child : children) {
			if (projected.containsKey(child.field())) {
				if (values == null) {
					values = new HashMap<>();
				}
				values.put(child.field(), child.mapper().apply(projected.get(child.field())));
			}
		}
		return (values == null) ? NONE : new Prefetched(values);
	}

	public boolean has(String field) {
		return this.values.containsKey(field);
	}

	@SuppressWarnings("unchecked")
	public <C> Optional<C> get(String field) {
		return Optional.ofNullable((C) this.values.get(field));
	}

	/**
	 * The batch of a to-one field: the prefetched children where every parent has them, else the loader's answer for
	 * the parents without them.
	 */
	@SuppressWarnings("unchecked")
	public static <P, C> Map<P, C> toOne(List<P> parents, Function<P, Prefetched> prefetchedOf, String field,
			Function<List<P>, Map<P, C>> load) {
		Map<P, C> result = new LinkedHashMap<>();
		List<P> missing = parents.stream().filter(parent -> !prefetchedOf.apply(parent).has(field)).toList();
		for (P parent : parents) {
			Object child = prefetchedOf.apply(parent).values.get(field);
			if (child != null) {
				result.putIfAbsent(parent, (C) child);
			}
		}
		if (!missing.isEmpty()) {
			result.putAll(load.apply(missing));
		}
		return result;
	}

	/** As {@link #toOne}, for a to-many field. */
	public static <P, C> Map<P, List<C>> toMany(List<P> parents, Function<P, Prefetched> prefetchedOf, String field,
			Function<List<P>, Map<P, List<C>>> load) {
		return toOne(parents, prefetchedOf, field, load);
	}

}
