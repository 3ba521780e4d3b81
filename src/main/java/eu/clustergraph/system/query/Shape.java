package eu.clustergraph.system.query;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.neo4j.driver.Value;

/**
 * How one GraphQL object type reads from the graph.
 *
 * @param label the node label
 * @param keys the properties always read, whatever is selected: what identifies the row
 * @param batchKeys the further properties a batched child field starts from, read when the selection has a field that
 * is neither a property nor a child read here (a region's children are keyed by code and version)
 * @param properties the properties each GraphQL field reads, mostly the one property of the field's name
 * @param children the fields the layer can read in the parent's statement, by field name
 * @param mapper maps the projected map (keys, selected properties) and its prefetched children to the record
 * @param <T> the type's record
 */
public record Shape<T>(String label, List<String> keys, List<String> batchKeys, Map<String, List<String>> properties,
		Map<String, Child> children,
		BiFunction<Value, Prefetched, T> mapper) {

	/** A shape whose children, if any, are all batched per level. */
	public static <T> Shape<T> of(String label, List<String> keys, List<String> properties,
			java.util.function.Function<Value, T> mapper) {
		return new Shape<>(label, keys, List.of(), byField(properties), new ConcurrentHashMap<>(),
				(value, prefetched) -> mapper.apply(value));
	}

	/** A shape with children that the parent's statement can read. */
	public static <T> Shape<T> of(String label, List<String> keys, List<String> properties, List<Child> children,
			BiFunction<Value, Prefetched, T> mapper) {
		Map<String, Child> byField = new ConcurrentHashMap<>();
		children.forEach(child -> byField.put(child.field(), child));
		return new Shape<>(label, keys, List.of(), byField(properties), byField, mapper);
	}

	/** This shape with a field that reads several properties, such as an activity's notes. */
	public Shape<T> withField(String field, List<String> fieldProperties) {
		Map<String, List<String>> all = new java.util.LinkedHashMap<>(this.properties);
		all.put(field, fieldProperties);
		return new Shape<>(this.label, this.keys, this.batchKeys, Map.copyOf(all), this.children, this.mapper);
	}

	/** This shape with keys that only batched child fields need. */
	public Shape<T> withBatchKeys(List<String> batchKeys) {
		return new Shape<>(this.label, this.keys, List.copyOf(batchKeys), this.properties, this.children, this.mapper);
	}

	private static Map<String, List<String>> byField(List<String> properties) {
		Map<String, List<String>> byField = new java.util.LinkedHashMap<>();
		properties.forEach(property -> byField.put(property, List.of(property)));
		return byField;
	}

	/**
	 * Adds a child that another feature owns (a company's clusters belong to the cluster feature, which depends on
	 * the company feature, not the other way round); registered once at start-up, the same child again replaces it.
	 */
	public void addChild(Child child) {
		this.children.put(child.field(), child);
	}

	/** The record of a projected row, with the children that came with it. */
	public T map(Value projected) {
		return this.mapper.apply(projected, Prefetched.of(this.children.values(), projected));
	}

}
