package eu.clustergraph.organisation;

import org.neo4j.driver.Value;

/** A non-company cluster member; see {@code graphql/organisation.graphqls}. */
public record Organisation(String id, String name, String type, boolean synthetic, String country) {

	public static Organisation from(Value node) {
		return new Organisation(node.get("id").asString(), node.get("name").asString(), node.get("type").asString(),
				node.get("synthetic").asBoolean(false), node.get("country").asString(null));
	}

}
