package eu.clustergraph.cooperation;

import java.util.List;

import eu.clustergraph.system.bulkhead.HeavyWork;
import eu.clustergraph.cluster.ClusterFilter;
import eu.clustergraph.system.graphql.errors.Arguments;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for cooperation paths and reach: checks the arguments and hands over. */
@Controller
class CooperationController {

	private final CooperationPaths paths;

	private final CooperationReaches reaches;

	private final double minStrength;

	private final HeavyWork heavyWork;

	CooperationController(CooperationPaths paths, CooperationReaches reaches, CooperationProperties properties,
			HeavyWork heavyWork) {
		this.paths = paths;
		this.heavyWork = heavyWork;
		this.reaches = reaches;
		this.minStrength = properties.minStrength();
	}

	@QueryMapping
	List<CooperationPath> cooperationPaths(@Argument String from, @Argument String to, @Argument ClusterFilter toFilter,
			@Argument List<CooperationChannel> channels, @Argument Double minStrength, @Argument Integer maxHops,
			@Argument Integer k, DataFetchingFieldSelectionSet selection) {
		if ((to == null) == (toFilter == null)) {
			throw new InvalidArgumentException((to == null) ? "to" : "toFilter",
					"give exactly one of 'to' (a cluster or company id) and 'toFilter' (any cluster that matches)");
		}
		List<String> chosen = CooperationPaths.channels(channels, "channels");
		double strength = TieStrength.minimum(minStrength, this.minStrength, "minStrength");
		int hops = Arguments.bounded(maxHops, 4, 1, CooperationPaths.MAX_HOPS, "maxHops");
		int paths = Arguments.bounded(k, 3, 1, CooperationPaths.MAX_K, "k");
		// the facts behind each hop cost most of the reads after the search: read only when asked for
		boolean evidence = selection.contains("hops/evidence");
		return this.heavyWork.run("cooperationPaths", () -> this.paths.between(from.strip(),
				(to == null) ? null : to.strip(), toFilter, chosen, strength, hops, paths, evidence));
	}

	@QueryMapping
	CooperationReach cooperationReach(@Argument("cluster") String id, @Argument Integer maxHops,
			@Argument List<CooperationChannel> channels, @Argument Double minStrength) {
		List<String> chosen = CooperationPaths.channels(channels, "channels");
		int hops = Arguments.bounded(maxHops, 2, 1, CooperationPaths.MAX_HOPS, "maxHops");
		double strength = TieStrength.minimum(minStrength, this.minStrength, "minStrength");
		return this.heavyWork.run("cooperationReach", () -> this.reaches.of(id.strip(), hops, chosen, strength));
	}

}
