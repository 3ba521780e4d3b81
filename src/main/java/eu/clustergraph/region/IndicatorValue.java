package eu.clustergraph.region;

import org.neo4j.driver.Value;

/** One value of a regional indicator; see {@code graphql/region.graphqls}. */
record IndicatorValue(String indicator, int year, double value, String unit, String source, boolean synthetic) {

	static IndicatorValue from(Value node) {
		return new IndicatorValue(node.get("indicator").asString(), node.get("year").asInt(), node.get("value").asDouble(),
				node.get("unit").asString(null), node.get("source").asString(null), node.get("synthetic").asBoolean(false));
	}

}
