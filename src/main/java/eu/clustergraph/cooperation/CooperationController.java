package eu.clustergraph.cooperation;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for cooperation paths and reach: checks the arguments and hands over. */
@Controller
class CooperationController {

	private final CooperationPaths paths;

	private final CooperationReaches reaches;

	CooperationController(CooperationPaths paths, CooperationReaches reaches) {
		this.paths = paths;
		this.reaches = reaches;
	}

	@QueryMapping
	List<CooperationPath> cooperationPaths(@Argument String from, @Argument String to,
			@Argument List<CooperationChannel> channels, @Argument Integer maxHops, @Argument Integer k) {
		return this.paths.between(from.strip(), to.strip(), CooperationPaths.channels(channels, "channels"),
				CooperationPaths.bounded(maxHops, 4, CooperationPaths.MAX_HOPS, "maxHops"),
				CooperationPaths.bounded(k, 3, CooperationPaths.MAX_K, "k"));
	}

	@QueryMapping
	CooperationReach cooperationReach(@Argument("cluster") String id, @Argument Integer maxHops,
			@Argument List<CooperationChannel> channels) {
		List<String> chosen = CooperationPaths.channels(channels, "channels");
		return this.reaches.of(id.strip(), CooperationPaths.bounded(maxHops, 2, CooperationPaths.MAX_HOPS, "maxHops"),
				chosen);
	}

}
