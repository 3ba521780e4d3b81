package eu.clustergraph.valuechain;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A stage of a value chain; {@code valueChainId} lets other features group by chain without a lookup. */
public record Stage(String id, String valueChainId, int ordinal, String name) {

	/** From a row with the stage node as {@code s} and its value chain's id as {@code valueChain}. */
	public static Stage from(Record record) {
		Value node = record.get("s");
		return from(node, record.get("valueChain").asString());
	}

	/** From a stage node (or map) and its value chain's id. */
	public static Stage from(Value node, String valueChainId) {
		return new Stage(node.get("id").asString(), valueChainId, node.get("ordinal").asInt(), node.get("name").asString());
	}

}
