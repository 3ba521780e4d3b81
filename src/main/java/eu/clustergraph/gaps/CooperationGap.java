package eu.clustergraph.gaps;

import java.util.List;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.region.Region;
import eu.clustergraph.valuechain.Stage;
import eu.clustergraph.valuechain.ValueChain;

/**
 * One opportunity; see {@code graphql/gaps.graphqls}.
 *
 * @param score 0 to 1, comparable within a kind
 * @param facts the facts behind the score, in the order a reader needs them
 * @param key what tells two gaps of the same score apart, for a stable order
 */
record CooperationGap(GapKind kind, double score, String summary, List<Fact> facts, List<Cluster> clusters,
		List<Stage> stages, ValueChain valueChain, Ecosystem ecosystem, Region region, String country, String key) {

	/** A named fact, its value as text. */
	record Fact(String name, String value) {

		static Fact of(String name, Object value) {
			return new Fact(name, (value instanceof Double number) ? String.format(java.util.Locale.ROOT, "%.3f", number)
					: String.valueOf(value));
		}

	}

}
