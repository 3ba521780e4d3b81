package eu.clustergraph.network;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** Builds the network report of the graph: four reads of what it needs, the statistics computed here. */
@Component
public class NetworkReports {

	private static final List<String> CHANNELS = List.of("SHARED_MEMBER", "PARTNERSHIP", "AGREEMENT",
			"MEMBER_COOPERATION");

	private final CypherRunner cypher;

	private final NamedQuery clusters;

	private final NamedQuery ties;

	private final NamedQuery companies;

	private final NamedQuery counts;

	private final NamedQuery provenance;

	NetworkReports(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.clusters = queries.get("network/clusters");
		this.ties = queries.get("network/ties");
		this.companies = queries.get("network/companies");
		this.counts = queries.get("network/counts");
		this.provenance = queries.get("network/provenance");
	}

	/** Reads the graph once and reports it at each of the minimum strengths. */
	public List<NetworkReport> of(List<Double> minStrengths) {
		List<Cluster> clusters = this.cypher.read(this.clusters, Map.of(), record -> new Cluster(
				record.get("id").asString(), record.get("country").asString(""), record.get("members").asInt()));
		List<Tie> ties = this.cypher.read(this.ties, Map.of(), record -> new Tie(record.get("a").asString(),
				record.get("b").asString(), record.get("strength").asDouble(0), record.get("channels").asList(Value::asString)));
		List<Companies> companies = this.cypher.read(this.companies, Map.of(),
				record -> new Companies(record.get("sizeClass").asString(""), record.get("clusters").asInt(),
						record.get("companies").asLong(), record.get("sameRegion").asLong(),
						record.get("sameCountry").asLong(), record.get("abroad").asLong()));
		int[] counts = this.cypher.read(this.counts, Map.of(),
				record -> new int[] { record.get("agreements").asInt(), record.get("partnerships").asInt() }).get(0);
		record Provenance(int clusters, int partnerships, int agreements, List<Double> ties) {
		}
		Provenance real = this.cypher.read(this.provenance, Map.of(),
				record -> new Provenance(record.get("clusters").asInt(), record.get("partnerships").asInt(),
						record.get("agreements").asInt(), record.get("realTies").asList(Value::asDouble)))
			.get(0);
		return minStrengths.stream().map(min -> {
			Map<String, Integer> realCounts = new LinkedHashMap<>();
			realCounts.put("clusters", real.clusters());
			realCounts.put("partnerships", real.partnerships());
			realCounts.put("agreements", real.agreements());
			realCounts.put("ties", (int) real.ties().stream().filter(strength -> strength >= min).count());
			return report(clusters, ties, companies, counts[0], counts[1], min).withReal(realCounts);
		}).toList();
	}

	/** The statistics of one graph at one minimum strength. */
	static NetworkReport report(List<Cluster> clusters, List<Tie> ties, List<Companies> companies, int agreements,
			int partnerships, double minStrength) {
		List<Tie> kept = ties.stream().filter(tie -> tie.strength() >= minStrength).toList();
		TieNetwork network = new TieNetwork(clusters.stream().map(Cluster::id).toList(),
				clusters.stream().map(Cluster::country).toList(),
				kept.stream().map(tie -> new String[] { tie.a(), tie.b() }).toList());
		int n = clusters.size();
		int[] members = clusters.stream().mapToInt(Cluster::members).sorted().toArray();
		int[] degrees = Arrays.stream(network.degrees()).sorted().toArray();
		Map<String, Integer> byChannel = new LinkedHashMap<>();
		CHANNELS.forEach(channel -> byChannel.put(channel,
				(int) kept.stream().filter(tie -> tie.channels().contains(channel)).count()));
		List<Integer> components = network.componentSizes();
		long[] hops = network.distanceHistogram();
		long pairs = (long) n * (n - 1) / 2;
		long connected = pairs - ((hops.length > 0) ? hops[0] : 0);
		long within2 = 0;
		for (int h = 1; h < Math.min(3, hops.length); h++) {
			within2 += hops[h];
		}
		long inClusters = 0;
		long inTwoOrMore = 0;
		Map<String, Long> bySize = new TreeMap<>();
		long[] locality = new long[3];
		for (Companies row : companies) {
			if (row.clusters() > 0) {
				inClusters += row.companies();
				bySize.merge(row.sizeClass(), row.companies(), Long::sum);
			}
			if (row.clusters() >= 2) {
				inTwoOrMore += row.companies();
			}
			locality[0] += row.sameRegion();
			locality[1] += row.sameCountry();
			locality[2] += row.abroad();
		}
		long total = inClusters;
		Map<String, Double> sizeMix = new LinkedHashMap<>();
		bySize.forEach((size, count) -> sizeMix.put(size, (double) count / Math.max(1, total)));
		long memberships = locality[0] + locality[1] + locality[2];
		Map<String, Double> where = new LinkedHashMap<>();
		where.put("in the cluster's NUTS 2", (double) locality[0] / Math.max(1, memberships));
		where.put("elsewhere in its country", (double) locality[1] / Math.max(1, memberships));
		where.put("abroad", (double) locality[2] / Math.max(1, memberships));
		return new NetworkReport(minStrength, n, Arrays.stream(members).average().orElse(0), median(members),
				nearestRank(members, 0.9), (n == 0) ? 0 : members[n - 1], (double) inTwoOrMore / Math.max(1, inClusters),
				sizeMix, where, network.edges(), byChannel, (n == 0) ? 0 : 2.0 * network.edges() / n, median(degrees),
				nearestRank(degrees, 0.9), (n == 0) ? 0 : degrees[n - 1], network.averageClustering(),
				components.size(), components.isEmpty() ? 0 : (double) components.get(0) / n, hops,
				(double) within2 / Math.max(1, pairs), (double) connected / Math.max(1, pairs), medianDistance(hops),
				network.crossBorderShare(), agreements, (n == 0) ? 0 : (double) agreements / n, partnerships);
	}

	/** The median of sorted values: the middle one, or the mean of the middle two. */
	static double median(int[] sorted) {
		int n = sorted.length;
		if (n == 0) {
			return 0;
		}
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
	}

	/** The nearest-rank percentile of sorted values: the smallest value with at least q of them at or below it. */
	static int nearestRank(int[] sorted, double q) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** The median distance of the connected pairs, from the histogram (the mean of the middle two when even). */
	static double medianDistance(long[] hops) {
		long connected = 0;
		for (int h = 1; h < hops.length; h++) {
			connected += hops[h];
		}
		if (connected == 0) {
			return 0;
		}
		return (at(hops, (connected - 1) / 2) + at(hops, connected / 2)) / 2.0;
	}

	/** The distance of the i-th connected pair (0-based) in distance order. */
	private static int at(long[] hops, long i) {
		long seen = 0;
		for (int h = 1; h < hops.length; h++) {
			seen += hops[h];
			if (i < seen) {
				return h;
			}
		}
		return hops.length - 1;
	}

	record Cluster(String id, String country, int members) {
	}

	record Tie(String a, String b, double strength, List<String> channels) {
	}

	/**
	 * Companies of one size class and number of clusters, with where their memberships lie relative to the seats.
	 */
	record Companies(String sizeClass, int clusters, long companies, long sameRegion, long sameCountry, long abroad) {
	}

}
