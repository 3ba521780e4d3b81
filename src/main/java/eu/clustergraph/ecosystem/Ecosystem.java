package eu.clustergraph.ecosystem;

import java.util.List;

import eu.clustergraph.system.query.Shape;

import org.neo4j.driver.Value;

/** An industrial ecosystem; see {@code graphql/ecosystem.graphqls} for the fields' meaning. */
public record Ecosystem(String id, int ordinal, String name, String nameEccp, String source) {

	/** How an ecosystem reads in the statement of a parent that selects it: whole, it is small. */
	public static final Shape<Ecosystem> SHAPE = Shape.of("Ecosystem",
			List.of("id", "ordinal", "name", "nameEccp", "source"), List.of(), Ecosystem::from);

	public static Ecosystem from(Value node) {
		return new Ecosystem(node.get("id").asString(), node.get("ordinal").asInt(), node.get("name").asString(),
				node.get("nameEccp").asString(), node.get("source").asString());
	}

}
