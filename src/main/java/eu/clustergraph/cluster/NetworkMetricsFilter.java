package eu.clustergraph.cluster;

import eu.clustergraph.system.query.Conditions;
import eu.clustergraph.system.query.FloatRange;
import eu.clustergraph.system.query.IntRange;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/**
 * The {@code NetworkMetricsFilter} input: ranges over the metrics the analytics step wrote onto the clusters. A
 * cluster whose metrics were not computed matches no range.
 */
public record NetworkMetricsFilter(FloatRange pageRank, FloatRange betweenness, IntRange degree,
		IntRange inCountryDegree, IntRange crossBorderDegree, FloatRange weightedDegree, Integer community,
		Boolean articulationPoint) {

	Condition on(Node c, String path) {
		Condition all = Cypher.noCondition();
		if (this.pageRank != null) {
			all = all.and(range(c, "networkPageRank", this.pageRank, path + ".pageRank"));
		}
		if (this.betweenness != null) {
			all = all.and(range(c, "networkBetweenness", this.betweenness, path + ".betweenness"));
		}
		if (this.degree != null) {
			all = all.and(range(c, "networkDegree", this.degree, path + ".degree"));
		}
		if (this.inCountryDegree != null) {
			all = all.and(range(c, "networkInCountryDegree", this.inCountryDegree, path + ".inCountryDegree"));
		}
		if (this.crossBorderDegree != null) {
			all = all.and(range(c, "networkCrossBorderDegree", this.crossBorderDegree, path + ".crossBorderDegree"));
		}
		if (this.weightedDegree != null) {
			all = all.and(range(c, "networkWeightedDegree", this.weightedDegree, path + ".weightedDegree"));
		}
		if (this.community != null) {
			all = all.and(Conditions.equal(c.property("networkCommunity"), this.community.longValue()));
		}
		if (this.articulationPoint != null) {
			all = all.and(Conditions.equal(c.property("networkArticulationPoint"), this.articulationPoint));
		}
		return all;
	}

	private static Condition range(Node c, String property, FloatRange range, String argument) {
		return Conditions.range(c.property(property), range.min(), range.max(), argument);
	}

	private static Condition range(Node c, String property, IntRange range, String argument) {
		return Conditions.range(c.property(property), range.min(), range.max(), argument);
	}

}
