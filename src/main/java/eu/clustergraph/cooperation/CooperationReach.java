package eu.clustergraph.cooperation;

import java.util.List;

import eu.clustergraph.cluster.Cluster;

/**
 * The clusters one cluster reaches through cooperation ties; see {@code graphql/cooperation.graphqls}.
 *
 * @param byHops clusters first reached at each hop count, nearest first
 * @param byCountry clusters reached per country, most first
 */
record CooperationReach(Cluster cluster, int maxHops, int total, List<HopCount> byHops,
		List<CountryCount> byCountry) {

	record HopCount(int hops, int clusters) {
	}

	/** @param nearest the fewest hops to a cluster of the country */
	record CountryCount(String country, int clusters, int nearest) {
	}

}
