package eu.clustergraph.system.query;

/**
 * The {@code FloatRange} input: an inclusive range of decimals, either end open; filters turn it into a condition
 * with {@code Conditions.range}, which rejects an empty range.
 */
public record FloatRange(Double min, Double max) {
}
