package eu.clustergraph.analytics;

import java.util.List;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.driver.Record;

/** One answer of {@code similarClusters}: the cluster, its score and what the two share. */
public record SimilarCluster(Cluster cluster, double score, List<Ecosystem> sharedEcosystems,
		List<Stage> sharedStages, List<Activity> sharedActivities) {

	static SimilarCluster from(Record row) {
		return new SimilarCluster(Cluster.from(row.get("cluster")), row.get("score").asDouble(),
				row.get("ecosystems").asList(Ecosystem::from),
				row.get("stages").asList(Stage.SHAPE::map),
				row.get("activities").asList(Activity::from));
	}

}
