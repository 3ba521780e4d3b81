package eu.clustergraph.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clustergraph.cluster.ClusterFilter;
import eu.clustergraph.cluster.ClusterMatches;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

import org.springframework.stereotype.Component;

/**
 * Cluster presence by region, the regional indicators loaded, and the correlation of the two: the kind of finding
 * the European Cluster Panorama reports, tested on the graph.
 */
@Component
public class RegionalPresence {

	private final CypherRunner cypher;

	private final ClusterMatches clusters;

	private final NamedQuery presence;

	private final NamedQuery indicators;

	private final NamedQuery values;

	private final int nutsVersion;

	RegionalPresence(CypherRunner cypher, CypherQueries queries, ClusterMatches clusters,
			ClusterGraphProperties properties) {
		this.cypher = cypher;
		this.clusters = clusters;
		this.presence = queries.get("analytics/presence");
		this.indicators = queries.get("analytics/indicators");
		this.values = queries.get("analytics/indicator-values");
		this.nutsVersion = properties.nutsVersion();
	}

	/** Every EU region of the level, those without clusters included, by code. */
	public List<RegionPresence> presence(RegionPresence.Level level, ClusterFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("version", this.nutsVersion);
		parameters.put("level", level.nuts);
		parameters.put("clusters", (filter == null) ? null : this.clusters.ids(filter, "filter"));
		return this.cypher.read(this.presence, parameters, RegionPresence::from);
	}

	public List<IndicatorInfo> indicators() {
		return this.cypher.read(this.indicators, Map.of("version", this.nutsVersion), IndicatorInfo::from);
	}

	/**
	 * Over the regions of the level that have both a value of the indicator in the year and a value of the presence
	 * measure. An indicator, year or level without data is an error naming the argument and saying what there is.
	 */
	public PresenceCorrelation correlation(String indicator, int year, RegionPresence.Level level,
			RegionPresence.Measure measure, Correlation.Method method, ClusterFilter filter) {
		List<IndicatorInfo> loaded = indicators();
		IndicatorInfo info = loaded.stream()
			.filter(candidate -> candidate.indicator().equals(indicator))
			.findFirst()
			.orElseThrow(() -> new InvalidArgumentException("indicator", "'" + indicator + "' is not loaded; loaded: "
					+ loaded.stream().map(IndicatorInfo::indicator).collect(Collectors.joining(", "))
					+ " (see indicators)"));
		if (!info.years().contains(year)) {
			throw new InvalidArgumentException("year", "indicator " + indicator + " has no values for " + year
					+ "; it has " + info.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		if (!info.levels().contains(level.nuts)) {
			throw new InvalidArgumentException("level", "indicator " + indicator + " has no values at " + level
					+ "; it has NUTS level " + info.levels().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		Map<String, Double> byRegion = new HashMap<>();
		this.cypher.read(this.values, Map.of("version", this.nutsVersion, "level", level.nuts, "indicator", indicator,
				"year", year), row -> byRegion.put(row.get("code").asString(), row.get("value").asDouble()));
		List<RegionPresence> regions = presence(level, filter);
		if (measure == RegionPresence.Measure.CLUSTERS_PER_MILLION
				&& regions.stream().allMatch(region -> region.population() == null)) {
			throw new InvalidArgumentException("presence", "CLUSTERS_PER_MILLION needs the regions' population, "
					+ "which is not loaded; use CLUSTERS, MEMBER_COMPANIES, MEMBER_EMPLOYMENT or EMPLOYMENT_SHARE");
		}
		List<PresenceCorrelation.Point> points = new ArrayList<>();
		for (RegionPresence region : regions) {
			Double value = byRegion.get(region.region());
			Double presence = region.of(measure);
			if (value != null && presence != null) {
				points.add(new PresenceCorrelation.Point(region.region(), region.name(), presence, value));
			}
		}
		Correlation correlation = Correlation.of(method,
				points.stream().map(point -> new double[] { point.presence(), point.indicator() }).toList());
		return PresenceCorrelation.of(indicator, year, level, measure, correlation, info.synthetic(), points);
	}

}
