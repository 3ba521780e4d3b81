package eu.clustergraph.ecosystem;

import org.neo4j.driver.Value;

/** An industrial ecosystem; see {@code graphql/ecosystem.graphqls} for the fields' meaning. */
public record Ecosystem(String id, int ordinal, String name, String nameEccp, String source) {

	public static Ecosystem from(Value node) {
		return new Ecosystem(node.get("id").asString(), node.get("ordinal").asInt(), node.get("name").asString(),
				node.get("nameEccp").asString(), node.get("source").asString());
	}

}
