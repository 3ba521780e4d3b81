package eu.clustergraph.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.gaps.CooperationGap.Fact;
import eu.clustergraph.gaps.CooperationGap.ScorePart;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.cypher.Predicates;

import org.springframework.stereotype.Component;

/**
 * {@code ISOLATED}: clusters with no tie to a cluster in another country, scored by size (members / (members + 100)):
 * a large cluster cut off from Europe is the bigger loss. One statement.
 */
@Component
class IsolatedClusters implements GapFinder {

	private final CypherRunner cypher;

	private final NamedQuery isolated;

	IsolatedClusters(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.isolated = queries.get("gaps/isolated");
	}

	@Override
	public GapKind kind() {
		return GapKind.ISOLATED;
	}

	@Override
	public List<CooperationGap> find(GapQuery query, GapReference reference) {
		Predicates p = new Predicates();
		List<String> filter = new ArrayList<>();
		if (query.area() != null) {
			filter.add(p.bind("c.region STARTS WITH ?", query.area()));
		}
		if (query.ecosystem() != null) {
			filter.add(p.bind("EXISTS { (c)-[:IN_ECOSYSTEM]->(:Ecosystem {id: ?}) }", query.ecosystem()));
		}
		if (query.valueChain() != null) {
			filter.add(p.bind("EXISTS { (c)-[:CONTRIBUTES_TO]->(:Stage)<-[:HAS_STAGE]-(:ValueChain {id: ?}) }",
					query.valueChain()));
		}
		Map<String, Object> parameters = new HashMap<>(p.parameters());
		parameters.put("minStrength", query.minStrength());
		return this.cypher.read(this.isolated.fill(Map.of("filter", Predicates.all(filter))), parameters, record -> {
			Cluster cluster = Cluster.from(record.get("c"));
			int ties = record.get("domesticTies").asInt();
			return CooperationGap.scored(GapKind.ISOLATED,
					List.of(ScorePart.of("size, members / (members + 100)", 1,
							cluster.memberCount() / (cluster.memberCount() + 100.0))),
					cluster.name() + " (" + cluster.country() + ", " + cluster.memberCount()
							+ " members) has no tie to a cluster in another country.",
					List.of(Fact.of("members", cluster.memberCount()), Fact.of("domestic ties", ties),
							Fact.of("cross-border ties", 0)),
					List.of(cluster), List.of(), null, null, null, cluster.country(), cluster.id());
		});
	}

}
