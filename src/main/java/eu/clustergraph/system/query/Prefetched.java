package eu.clustergraph.system.query;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Value;

/**
 * The children a row's statement already read, by field name, so the field answers from them instead of sending a
 * statement of its own ({@link #orLoad}). A field that is absent was not selected, or not read this way.
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

	/**
	 * A child field's value: what the parent's statement read, at once, or else the parent's turn in the field's
	 * batch. Answering at once skips the data loader's round through the level's dispatch, which a child read in
	 * the parent's statement does not need.
	 */
	public static Object orLoad(Object parent, Prefetched prefetched, String field, DataFetchingEnvironment environment,
			String loader) {
		// the loader is looked up only when needed: asking for it puts it in the request's registry
		return prefetched.has(field) ? prefetched.values.get(field)
				: environment.getDataLoader(loader).load(parent);
	}

	/** The value of a field the statement read. */
	public Object get(String field) {
		return this.values.get(field);
	}

}
