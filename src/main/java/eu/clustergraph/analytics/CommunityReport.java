package eu.clustergraph.analytics;

import java.util.List;

/**
 * The network's partition into communities: its modularity (the sum of every community's part), how many there are,
 * and the largest of them.
 */
public record CommunityReport(double modularity, int count, Double minStrength, String computedAt,
		List<Community> communities) {

	static final CommunityReport NONE = new CommunityReport(0, 0, null, null, List.of());

}
