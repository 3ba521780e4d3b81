package eu.clustergraph.valuechain;

import eu.clustergraph.system.bulkhead.HeavyWork;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for value-chain coverage; the work is in {@link ValueChainCoverages}. */
@Controller
class ValueChainCoverageController {

	private final ValueChainCoverages coverages;

	private final HeavyWork heavyWork;

	ValueChainCoverageController(ValueChainCoverages coverages, HeavyWork heavyWork) {
		this.coverages = coverages;
		this.heavyWork = heavyWork;
	}

	@QueryMapping
	ValueChainCoverage valueChainCoverage(@Argument String valueChain, @Argument String level) {
		return this.heavyWork.run("valueChainCoverage", () -> this.coverages.of(valueChain, level));
	}

}
