package eu.clustergraph.cooperation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.cooperation.CooperationReach.CountryCount;
import eu.clustergraph.cooperation.CooperationReach.HopCount;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;

import org.springframework.stereotype.Component;

/**
 * The clusters a cluster reaches over the cooperation ties, in two statements: the cluster, and one shortest path
 * to every reachable cluster ({@code cypher/queries/cooperation/reach}), counted here by distance and country.
 */
@Component
class CooperationReaches {

	private final CypherRunner cypher;

	private final NamedQuery cluster;

	private final NamedQuery reach;

	CooperationReaches(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.cluster = queries.get("cluster/by-id");
		this.reach = queries.get("cooperation/reach");
	}

	/**
	 * The reach within {@code maxHops} (validated) over ties of at least {@code minStrength} on the chosen channels;
	 * {@code null} for an unknown cluster.
	 */
	CooperationReach of(String id, int maxHops, List<String> channels, double minStrength) {
		Cluster start = this.cypher.readOptional(this.cluster, Map.of("id", id), r -> Cluster.from(r.get("c")))
			.orElse(null);
		if (start == null) {
			return null;
		}
		record Row(String country, int hops, int clusters) {
		}
		List<Row> rows = this.cypher.read(this.reach.fill(Map.of("maxHops", Integer.toString(maxHops))),
				Map.of("id", start.id(), "strengthProperties", TieStrength.properties(channels), "minStrength", minStrength),
				record -> new Row(record.get("country").asString(""),
						record.get("hops").asInt(), record.get("clusters").asInt()));
		Map<Integer, Integer> byHops = new TreeMap<>();
		Map<String, int[]> byCountry = new TreeMap<>();
		for (Row row : rows) {
			byHops.merge(row.hops(), row.clusters(), Integer::sum);
			int[] country = byCountry.computeIfAbsent(row.country(), ignored -> new int[] { 0, row.hops() });
			country[0] += row.clusters();
			country[1] = Math.min(country[1], row.hops());
		}
		List<CountryCount> countries = byCountry.entrySet()
			.stream()
			.map(entry -> new CountryCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.sorted(Comparator.comparingInt(CountryCount::clusters).reversed().thenComparing(CountryCount::country))
			.toList();
		return new CooperationReach(start, maxHops, byHops.values().stream().mapToInt(Integer::intValue).sum(),
				byHops.entrySet().stream().map(entry -> new HopCount(entry.getKey(), entry.getValue())).toList(),
				countries);
	}

}
