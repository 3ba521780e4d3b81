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

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for cooperation paths and reach. */
@Controller
class CooperationController {

	private final CooperationPaths paths;

	private final CypherRunner cypher;

	private final NamedQuery cluster;

	private final NamedQuery reach;

	CooperationController(CooperationPaths paths, CypherRunner cypher, CypherQueries queries) {
		this.paths = paths;
		this.cypher = cypher;
		this.cluster = queries.get("cluster/by-id");
		this.reach = queries.get("cooperation/reach");
	}

	@QueryMapping
	List<CooperationPath> cooperationPaths(@Argument String from, @Argument String to,
			@Argument List<CooperationChannel> channels, @Argument Integer maxHops, @Argument Integer k) {
		return this.paths.between(from.strip(), to.strip(), CooperationPaths.channels(channels, "channels"),
				CooperationPaths.bounded(maxHops, 4, CooperationPaths.MAX_HOPS, "maxHops"),
				CooperationPaths.bounded(k, 3, CooperationPaths.MAX_K, "k"));
	}

	@QueryMapping
	CooperationReach cooperationReach(@Argument("cluster") String id, @Argument Integer maxHops,
			@Argument List<CooperationChannel> channels) {
		List<String> chosen = CooperationPaths.channels(channels, "channels");
		int hops = CooperationPaths.bounded(maxHops, 2, CooperationPaths.MAX_HOPS, "maxHops");
		Cluster start = this.cypher.readOptional(this.cluster, Map.of("id", id.strip()), r -> Cluster.from(r.get("c")))
			.orElse(null);
		if (start == null) {
			return null;
		}
		record Row(String country, int hops, int clusters) {
		}
		List<Row> rows = this.cypher.read(this.reach.fill(Map.of("maxHops", Integer.toString(hops))),
				Map.of("id", start.id(), "channels", chosen), record -> new Row(record.get("country").asString(""),
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
		return new CooperationReach(start, hops, byHops.values().stream().mapToInt(Integer::intValue).sum(),
				byHops.entrySet().stream().map(entry -> new HopCount(entry.getKey(), entry.getValue())).toList(),
				countries);
	}

}
