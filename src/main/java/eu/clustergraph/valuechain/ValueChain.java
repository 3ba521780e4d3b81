package eu.clustergraph.valuechain;

import org.neo4j.driver.Value;

/** A strategic value chain; see {@code graphql/valuechain.graphqls} for the fields' meaning. */
public record ValueChain(String id, int ordinal, String name, String policyAnchor, String confidence) {

	public static ValueChain from(Value node) {
		return new ValueChain(node.get("id").asString(), node.get("ordinal").asInt(), node.get("name").asString(),
				node.get("policyAnchor").asString(), node.get("confidence").asString());
	}

}
