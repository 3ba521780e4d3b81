package eu.clustergraph.analytics;

import java.util.List;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** One answer of {@code suggestedPartners}: the candidate, its score and the score's parts. */
public record SuggestedPartner(Cluster cluster, double score, int commonNeighbours, double adamicAdar,
		double resourceAllocation, List<String> through, List<Stage> complementaryStages) {

	static SuggestedPartner from(Record row) {
		return new SuggestedPartner(Cluster.from(row.get("cluster")), row.get("score").asDouble(),
				row.get("commonNeighbours").asInt(), row.get("adamicAdar").asDouble(),
				row.get("resourceAllocation").asDouble(), row.get("through").asList(Value::asString),
				row.get("stages").asList(Stage.SHAPE::map));
	}

}
