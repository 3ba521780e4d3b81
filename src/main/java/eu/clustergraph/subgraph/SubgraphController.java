package eu.clustergraph.subgraph;

import java.util.List;

import eu.clustergraph.system.bulkhead.HeavyWork;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for subgraphs. */
@Controller
class SubgraphController {

	private final Subgraphs subgraphs;

	private final HeavyWork heavyWork;

	SubgraphController(Subgraphs subgraphs, HeavyWork heavyWork) {
		this.subgraphs = subgraphs;
		this.heavyWork = heavyWork;
	}

	@QueryMapping
	Subgraph subgraph(@Argument List<String> seeds, @Argument Integer community, @Argument Integer depth,
			@Argument List<String> relationshipTypes, @Argument List<String> labels, @Argument Integer limit,
			@Argument Integer edgeLimit, @Argument Double minStrength) {
		SubgraphRequest request = this.subgraphs.request(seeds, community, depth, relationshipTypes, labels, limit,
				edgeLimit, minStrength);
		return this.heavyWork.run("subgraph", () -> this.subgraphs.around(request));
	}

}
