package eu.clustergraph.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.cluster.ClusterMatches;
import eu.clustergraph.gaps.CooperationGap.Fact;
import eu.clustergraph.gaps.CooperationGap.ScorePart;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.query.Conditions;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

import org.springframework.stereotype.Component;

/**
 * {@code ISOLATED}: clusters with no tie to a cluster in another country, scored by size (members / (members + 100)):
 * a large cluster cut off from Europe is the bigger loss. One statement.
 */
@Component
class IsolatedClusters implements GapFinder {

	private final CypherRunner cypher;

	private final NamedQuery isolated;

	private final ClusterMatches clusters;

	IsolatedClusters(CypherRunner cypher, CypherQueries queries, ClusterMatches clusters) {
		this.cypher = cypher;
		this.isolated = queries.get("gaps/isolated");
		this.clusters = clusters;
	}

	@Override
	public GapKind kind() {
		return GapKind.ISOLATED;
	}

	@Override
	public List<CooperationGap> find(GapQuery query, GapReference reference) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("minStrength", query.minStrength());
		boolean filtered = query.area() != null || query.ecosystem() != null || query.valueChain() != null;
		parameters.put("clusters", filtered ? this.clusters.ids(c -> where(c, query)) : null);
		return this.cypher.read(this.isolated, parameters, record -> {
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

	/** The gap query's area, ecosystem and value chain as a condition over the cluster row. */
	private static Condition where(Node c, GapQuery query) {
		Condition filter = Cypher.noCondition();
		if (query.area() != null) {
			filter = filter.and(Conditions.startsWith(c.property("region"), query.area()));
		}
		if (query.ecosystem() != null) {
			filter = filter.and(Conditions.exists(c.relationshipTo(
					Cypher.node("Ecosystem").withProperties("id", Cypher.anonParameter(query.ecosystem())), "IN_ECOSYSTEM")));
		}
		if (query.valueChain() != null) {
			filter = filter.and(Conditions.exists(c.relationshipTo(Cypher.node("Stage"), "CONTRIBUTES_TO")
				.relationshipFrom(Cypher.node("ValueChain").withProperties("id", Cypher.anonParameter(query.valueChain())),
						"HAS_STAGE")));
		}
		return filter;
	}

}
