package eu.clustergraph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import eu.clustergraph.analytics.NetworkAnalytics;
import eu.clustergraph.startup.StartupSequence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code analytics}: computes the cluster network's metrics again and writes them onto the clusters. */
@Command(name = "analytics", mixinStandardHelpOptions = true,
		description = { "Computes the network metrics of the cluster tie network (PageRank, betweenness, degrees,",
				"communities, articulation points) with GDS and writes them onto the clusters. Imports and the",
				"first start compute them already; run this after changing the graph by other means." })
class AnalyticsCommand implements Callable<Integer> {

	@Unmatched
	List<String> springArguments = new ArrayList<>();

	@Override
	public Integer call() {
		return ClusterGraphCommand.runJob(new ArrayList<>(this.springArguments), StartupSequence::prepare, context -> {
			context.getBean(NetworkAnalytics.class).compute();
			System.out.println("Computed the network analytics");
			return 0;
		});
	}

}
