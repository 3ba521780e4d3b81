package eu.clustergraph.cluster;

import java.util.List;

import org.neo4j.driver.Value;

/**
 * A cluster's place in the tie network, as the analytics step wrote it onto the cluster; see
 * {@code graphql/cluster.graphqls} for each field's meaning.
 */
public record NetworkMetrics(double pageRank, double betweenness, int degree, int inCountryDegree,
		int crossBorderDegree, double weightedDegree, long community, boolean articulationPoint,
		String computedAt, double minStrength) {

	/** The cluster properties the metrics are read from. */
	static final List<String> PROPERTIES = List.of("networkPageRank", "networkBetweenness", "networkDegree",
			"networkInCountryDegree", "networkCrossBorderDegree", "networkWeightedDegree", "networkCommunity",
			"networkArticulationPoint", "networkComputedAt", "networkMinStrength");

	/** From a cluster node or projection; null where the metrics were not computed (or not selected). */
	static NetworkMetrics from(Value cluster) {
		Value computedAt = cluster.get("networkComputedAt");
		if (computedAt.isNull()) {
			return null;
		}
		return new NetworkMetrics(cluster.get("networkPageRank").asDouble(0), cluster.get("networkBetweenness").asDouble(0),
				cluster.get("networkDegree").asNumber().intValue(), cluster.get("networkInCountryDegree").asInt(0),
				cluster.get("networkCrossBorderDegree").asInt(0), cluster.get("networkWeightedDegree").asDouble(0),
				cluster.get("networkCommunity").asLong(0), cluster.get("networkArticulationPoint").asBoolean(false),
				computedAt.asZonedDateTime().toOffsetDateTime().toString(), cluster.get("networkMinStrength").asDouble(0));
	}

}
