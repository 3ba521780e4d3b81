package eu.clustergraph.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.region.Region.RegionKey;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;

import org.springframework.stereotype.Component;

/** The region feature's named queries ({@code cypher/queries/region}). */
@Component
class RegionQueries {

	private final CypherRunner cypher;

	private final NamedQuery byCode;

	private final NamedQuery parents;

	private final NamedQuery children;

	private final NamedQuery indicators;

	RegionQueries(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.byCode = queries.get("region/by-code");
		this.parents = queries.get("region/parents");
		this.children = queries.get("region/children");
		this.indicators = queries.get("region/indicators");
	}

	Optional<Region> byCode(String code, int version) {
		return this.cypher.readOptional(this.byCode, Map.of("code", code, "version", version),
				record -> Region.from(record.get("r")));
	}

	Map<RegionKey, List<Region>> parents(List<RegionKey> keys) {
		return this.cypher.readGrouped(this.parents, Map.of("keys", keyMaps(keys)), RegionQueries::key,
				record -> Region.from(record.get("parent")));
	}

	Map<RegionKey, List<Region>> children(List<RegionKey> keys) {
		return this.cypher.readGrouped(this.children, Map.of("keys", keyMaps(keys)), RegionQueries::key,
				record -> Region.from(record.get("child")));
	}

	Map<RegionKey, List<IndicatorValue>> indicators(List<RegionKey> keys) {
		return this.cypher.readGrouped(this.indicators, Map.of("keys", keyMaps(keys)), RegionQueries::key,
				record -> IndicatorValue.from(record.get("i")));
	}

	private static RegionKey key(org.neo4j.driver.Record record) {
		return new RegionKey(record.get("code").asString(), record.get("version").asInt());
	}

	private static List<Map<String, Object>> keyMaps(List<RegionKey> keys) {
		return keys.stream().map(key -> Map.<String, Object>of("code", key.code(), "version", key.version())).toList();
	}

}
