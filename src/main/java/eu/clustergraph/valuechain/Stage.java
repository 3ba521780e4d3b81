package eu.clustergraph.valuechain;

import java.util.List;

import eu.clustergraph.system.query.Child;
import eu.clustergraph.system.query.Shape;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A stage of a value chain; {@code valueChainId} lets other features group by chain without a lookup. */
public record Stage(String id, String valueChainId, int ordinal, String name) {

	/** From a row with the stage node as {@code s} and its value chain's id as {@code valueChain}. */
	public static Stage from(Record record) {
		Value node = record.get("s");
		return from(node, record.get("valueChain").asString());
	}

	/**
	 * How a stage reads in the statement of a parent that selects it: its id and what is selected, its value chain's
	 * id included (the reference data writes it on the stage as {@code valueChain}).
	 */
	public static final Shape<Stage> SHAPE = Shape.of("Stage", List.of("id"), List.of("ordinal", "name", "valueChain"),
			node -> from(node, node.get("valueChain").asString(null)));

	/**
	 * A to-many child: the stages a node is tied to by a relationship type, by value chain and stage order (from the
	 * stage's own copy of its value chain's ordinal).
	 */
	public static Child tiedBy(String field, String type) {
		return Child.many(field, (scope, selection) -> {
			Node stage = scope.fresh("Stage");
			return Cypher.collect(Cypher.match(scope.node().relationshipTo(stage, type))
				.returning(scope.project(SHAPE, stage, selection))
				.orderBy(stage.property("valueChainOrdinal").ascending(), stage.property("ordinal").ascending())
				.build());
		}, SHAPE::map);
	}

	/** From a stage node (or map) and its value chain's id. */
	public static Stage from(Value node, String valueChainId) {
		// ordinal and name are absent from a projection that did not select them
		return new Stage(node.get("id").asString(), valueChainId, node.get("ordinal").asInt(0),
				node.get("name").asString(null));
	}

}
