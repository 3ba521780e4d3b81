package eu.clustergraph.activity;

import java.util.List;

import eu.clustergraph.system.query.Shape;

import org.neo4j.driver.Value;

/** A NACE Rev. 2 activity; see {@code graphql/activity.graphqls} for the fields' meaning. */
public record Activity(String code, int level, String levelName, String section, String name, String isicRev4,
		Notes notes) {

	/**
	 * How an activity reads in the statement of a parent that selects it; the notes, long texts, only when selected.
	 */
	public static final Shape<Activity> SHAPE = Shape
		.of("Activity", List.of("code"), List.of("level", "levelName", "section", "name", "isicRev4"), Activity::from)
		.withField("notes", List.of("includes", "alsoIncludes", "rulings", "excludes"));

	public static Activity from(Value node) {
		return new Activity(node.get("code").asString(), node.get("level").asInt(0), node.get("levelName").asString(null),
				node.get("section").asString(null), node.get("name").asString(null), node.get("isicRev4").asString(null),
				new Notes(node.get("includes").asString(null), node.get("alsoIncludes").asString(null),
						node.get("rulings").asString(null), node.get("excludes").asString(null)));
	}

	/** The classification's explanatory notes. */
	public record Notes(String includes, String alsoIncludes, String rulings, String excludes) {
	}

}
