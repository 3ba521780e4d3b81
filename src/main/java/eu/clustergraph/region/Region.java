package eu.clustergraph.region;

import org.neo4j.driver.Value;

/** A NUTS region of one NUTS version; see {@code graphql/region.graphqls} for the fields' meaning. */
public record Region(String code, int version, int level, String country, String name, String nameNational,
		boolean eu, Double lon, Double lat, Integer mountainType, Integer urbanType, Integer coastalType) {

	public static Region from(Value node) {
		return new Region(node.get("code").asString(), node.get("version").asInt(), node.get("level").asInt(),
				node.get("country").asString(), node.get("name").asString(), node.get("nameNational").asString(null),
				node.get("eu").asBoolean(false), node.get("lon").computeOrDefault(Value::asDouble, null),
				node.get("lat").computeOrDefault(Value::asDouble, null),
				node.get("mountainType").computeOrDefault(Value::asInt, null),
				node.get("urbanType").computeOrDefault(Value::asInt, null),
				node.get("coastalType").computeOrDefault(Value::asInt, null));
	}

	RegionKey key() {
		return new RegionKey(this.code, this.version);
	}

	/** A region's identity: codes repeat across NUTS versions. */
	record RegionKey(String code, int version) {
	}

}
