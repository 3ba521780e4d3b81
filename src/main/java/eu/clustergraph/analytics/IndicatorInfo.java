package eu.clustergraph.analytics;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** One regional indicator as loaded: where and when it has values, and where they come from. */
public record IndicatorInfo(String indicator, List<Integer> levels, List<Integer> years, int regions,
		List<String> units, List<String> sources, boolean synthetic) {

	static IndicatorInfo from(Record row) {
		return new IndicatorInfo(row.get("indicator").asString(), row.get("levels").asList(Value::asInt),
				row.get("years").asList(Value::asInt), row.get("regions").asInt(), row.get("units").asList(Value::asString),
				row.get("sources").asList(Value::asString), row.get("synthetic").asBoolean());
	}

}
