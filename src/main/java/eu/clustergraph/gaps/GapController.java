package eu.clustergraph.gaps;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import eu.clustergraph.cooperation.CooperationProperties;
import eu.clustergraph.cooperation.TieStrength;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL for cooperation gaps: every chosen finder, each kind ranked on its own score and cut at {@code first}, the
 * kinds in {@link GapKind}'s order. Scores of different kinds measure different things, so one kind never crowds out
 * another.
 */
@Controller
class GapController {

	/** Within one kind: the highest score, then the key, so the same question always gets the same order. */
	private static final Comparator<CooperationGap> RANKING = Comparator.comparingDouble(CooperationGap::score)
		.reversed()
		.thenComparing(CooperationGap::key);

	private final List<GapFinder> finders;

	private final CypherRunner cypher;

	private final NamedQuery reference;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	private final double minStrength;

	GapController(List<GapFinder> finders, CypherRunner cypher, CypherQueries queries, ReferenceCodes codes,
			ClusterGraphProperties properties, CooperationProperties cooperation) {
		this.finders = finders;
		this.cypher = cypher;
		this.reference = queries.get("gaps/reference");
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
		GapReference reference = this.cypher
			.read(this.reference, Map.of("version", this.nutsVersion), GapReference::from)
			.get(0);
		return this.finders.stream()
			.filter(finder -> query.kinds().contains(finder.kind()))
			.sorted(Comparator.comparing(GapFinder::kind))
			.flatMap(finder -> finder.find(query, reference).stream().sorted(RANKING).limit(query.first()))
			.toList();
	}

}
