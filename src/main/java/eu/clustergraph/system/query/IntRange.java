package eu.clustergraph.system.query;

/**
 * The {@code IntRange} input: an inclusive range, either end open; filters turn it into a condition with
 * {@code Conditions.range}, which rejects an empty range.
 */
public record IntRange(Integer min, Integer max) {
}
