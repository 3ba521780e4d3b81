package eu.clustergraph.subgraph;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for subgraphs. */
@Controller
class SubgraphController {

	private final Subgraphs subgraphs;

	SubgraphController(Subgraphs subgraphs) {
		this.subgraphs = subgraphs;
	}

	@QueryMapping
	Subgraph subgraph(@Argument List<String> seeds, @Argument Integer community, @Argument Integer depth,
			@Argument List<String> relationshipTypes, @Argument List<String> labels, @Argument Integer limit,
			@Argument Double minStrength) {
		return this.subgraphs
			.around(this.subgraphs.request(seeds, community, depth, relationshipTypes, labels, limit, minStrength));
	}

}
