package eu.clustergraph.gaps;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;

import org.springframework.stereotype.Service;

/**
 * Runs the chosen gap finders: each kind ranked on its own score, the kinds in {@link GapKind}'s order. Scores of
 * different kinds measure different things, so one kind never crowds out another.
 */
@Service
class CooperationGaps {

	/** Within one kind: the highest score, then the key, so the same question always gets the same order. */
	static final Comparator<CooperationGap> RANKING = Comparator.comparingDouble(CooperationGap::score)
		.reversed()
		.thenComparing(CooperationGap::key);

	private final List<GapFinder> finders;

	private final CypherRunner cypher;

	private final NamedQuery reference;

	private final int nutsVersion;

	CooperationGaps(List<GapFinder> finders, CypherRunner cypher, CypherQueries queries,
			ClusterGraphProperties properties) {
		this.finders = finders.stream().sorted(Comparator.comparing(GapFinder::kind)).toList();
		this.cypher = cypher;
		this.reference = queries.get("gaps/reference");
		this.nutsVersion = properties.nutsVersion();
	}

	/** The first {@code query.first()} gaps of each chosen kind. */
	List<CooperationGap> first(GapQuery query) {
		GapReference reference = reference();
		return this.finders.stream()
			.filter(finder -> query.kinds().contains(finder.kind()))
			.flatMap(finder -> finder.find(query, reference).stream().sorted(RANKING).limit(query.first()))
			.toList();
	}

	/** Every gap of one kind, ranked: what recovery is measured on. */
	List<CooperationGap> all(GapKind kind, GapQuery query) {
		GapReference reference = reference();
		return this.finders.stream()
			.filter(finder -> finder.kind() == kind)
			.flatMap(finder -> finder.find(query, reference).stream().sorted(RANKING))
			.toList();
	}

	private GapReference reference() {
		return this.cypher.read(this.reference, Map.of("version", this.nutsVersion), GapReference::from).get(0);
	}

}
