package eu.clustergraph.gaps;

import java.util.List;

import eu.clustergraph.cooperation.CooperationProperties;
import eu.clustergraph.cooperation.TieStrength;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.bulkhead.HeavyWork;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for cooperation gaps: validates the arguments and asks {@link CooperationGaps}. */
@Controller
class GapController {

	private final CooperationGaps gaps;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	private final double minStrength;

	private final HeavyWork heavyWork;

	GapController(CooperationGaps gaps, ReferenceCodes codes, ClusterGraphProperties properties,
			CooperationProperties cooperation, HeavyWork heavyWork) {
		this.gaps = gaps;
		this.heavyWork = heavyWork;
		this.codes = codes;
		this.nutsVersion = properties.nutsVersion();
		this.minStrength = cooperation.minStrength();
	}

	@QueryMapping
	List<CooperationGap> cooperationGaps(@Argument String valueChain, @Argument String ecosystem,
			@Argument String country, @Argument String region, @Argument List<GapKind> kinds, @Argument Integer first,
			@Argument Double minStrength) {
		GapQuery query = GapQuery.of(valueChain, ecosystem, country, region, kinds, first,
				TieStrength.minimum(minStrength, this.minStrength, "minStrength"), this.codes, this.nutsVersion);
		return this.heavyWork.run("cooperationGaps", () -> this.gaps.first(query));
	}

}
