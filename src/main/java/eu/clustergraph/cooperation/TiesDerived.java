package eu.clustergraph.cooperation;

import java.util.List;

/**
 * Published after cooperation ties were derived, in the same thread, so that data computed from the tie network
 * (the network analytics) follows.
 *
 * @param clusters the clusters whose ties were derived again, or empty for the whole network
 */
public record TiesDerived(List<String> clusters) {
}
