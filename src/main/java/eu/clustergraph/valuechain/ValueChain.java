package eu.clustergraph.valuechain;

import java.util.List;
import eu.clustergraph.system.query.Shape;
import org.neo4j.driver.Value;

/** A strategic value chain; see {@code graphql/valuechain.graphqls} for the fields' meaning. */
public record ValueChain(String id, int ordinal, String name, String policyAnchor, String confidence) {

	/** How a value chain reads in a list: whole, it is small. */
	public static final Shape<ValueChain> SHAPE = Shape.of("ValueChain",
			List.of("id", "ordinal", "name", "policyAnchor", "confidence"), List.of(), ValueChain::from);

	public static ValueChain from(Value node) {
		return new ValueChain(node.get("id").asString(), node.get("ordinal").asInt(), node.get("name").asString(),
				node.get("policyAnchor").asString(), node.get("confidence").asString());
	}

}
