package eu.clustergraph.organisation;

import java.util.List;
import eu.clustergraph.system.query.Shape;
import org.neo4j.driver.Value;

/** A non-company cluster member; see {@code graphql/organisation.graphqls}. */
public record Organisation(String id, String name, String type, boolean synthetic, String country) {

	/** How an organisation reads in a list: whole, it is small. */
	public static final Shape<Organisation> SHAPE = Shape.of("Organisation",
			List.of("id", "name", "type", "synthetic", "country"), List.of(), Organisation::from);

	public static Organisation from(Value node) {
		return new Organisation(node.get("id").asString(), node.get("name").asString(), node.get("type").asString(),
				node.get("synthetic").asBoolean(false), node.get("country").asString(null));
	}

}
