package eu.clustergraph.valuechain;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** A stage of a value chain; {@code valueChainId} lets other features group by chain without a lookup. */
public record Stage(String id, String valueChainId, int ordinal, String name) {

	/** From a row with the stage node as {@code s} and its value chain's id as {@code valueChain}. */
	public static Stage from(Record record) {
		Value node = record.get("s");
		return new Stage(node.get("id").asString(), record.get("valueChain").asString(), node.get("ordinal").asInt(),
				node.get("name").asString());
	}

}
