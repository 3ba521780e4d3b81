package eu.clustergraph.activity;

import org.neo4j.driver.Value;

/** A NACE Rev. 2 activity; see {@code graphql/activity.graphqls} for the fields' meaning. */
public record Activity(String code, int level, String levelName, String section, String name, String isicRev4,
		Notes notes) {

	public static Activity from(Value node) {
		return new Activity(node.get("code").asString(), node.get("level").asInt(), node.get("levelName").asString(),
				node.get("section").asString(), node.get("name").asString(), node.get("isicRev4").asString(null),
				new Notes(node.get("includes").asString(null), node.get("alsoIncludes").asString(null),
						node.get("rulings").asString(null), node.get("excludes").asString(null)));
	}

	/** The classification's explanatory notes. */
	public record Notes(String includes, String alsoIncludes, String rulings, String excludes) {
	}

}
