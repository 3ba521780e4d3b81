package eu.clustergraph.valuechain;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for value-chain coverage; the work is in {@link ValueChainCoverages}. */
@Controller
class ValueChainCoverageController {

	private final ValueChainCoverages coverages;

	ValueChainCoverageController(ValueChainCoverages coverages) {
		this.coverages = coverages;
	}

	@QueryMapping
	ValueChainCoverage valueChainCoverage(@Argument String valueChain, @Argument String level) {
		return this.coverages.of(valueChain, level);
	}

}
