package eu.clustergraph.reference;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one load of the reference data did.
 *
 * @param rows rows written per kind, in load order
 * @param took wall time
 */
public record ReferenceLoad(Map<String, Integer> rows, Duration took) {

	public String describe() {
		return "Reference data loaded in " + this.took.toMillis() + " ms: " + this.rows.entrySet()
			.stream()
			.map(entry -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(", "));
	}

}
