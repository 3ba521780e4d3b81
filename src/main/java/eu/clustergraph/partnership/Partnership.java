package eu.clustergraph.partnership;

import java.util.List;
import eu.clustergraph.system.query.Shape;
import org.neo4j.driver.Value;

/** A cluster partnership; see {@code graphql/partnership.graphqls}. */
public record Partnership(String id, String kind, String name, Integer startYear, Integer endYear, boolean synthetic,
		int version) {

	/** How a partnership reads in a list: whole, it is small. */
	public static final Shape<Partnership> SHAPE = Shape.of("Partnership",
			List.of("id", "kind", "name", "startYear", "endYear", "synthetic", "version"), List.of(), Partnership::from);

	public static Partnership from(Value node) {
		return new Partnership(node.get("id").asString(), node.get("kind").asString(), node.get("name").asString(),
				node.get("startYear").computeOrDefault(Value::asInt, null),
				node.get("endYear").computeOrDefault(Value::asInt, null), node.get("synthetic").asBoolean(false),
				node.get("version").asInt(0));
	}

	/** The {@code PartnershipProgramme} type. */
	record Programme(String id, String name, String instrument, String period, String projectCount,
			Integer partnersTotal, String facts, String source, String confidence) {

		static Programme from(Value node) {
			return new Programme(node.get("id").asString(), node.get("name").asString(),
					node.get("instrument").asString(null), node.get("period").asString(null),
					node.get("projectCount").asString(null),
					node.get("partnersTotal").computeOrDefault(Value::asInt, null), node.get("facts").asString(null),
					node.get("source").asString(null), node.get("confidence").asString(null));
		}

	}

}
