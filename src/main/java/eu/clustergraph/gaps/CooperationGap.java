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
 * @param score 0 to 1, comparable within a kind: the sum of the parts' contributions
 * @param parts what the score is made of, as numbers
 * @param facts the facts behind the score, in the order a reader needs them
 * @param key what tells two gaps of the same score apart, for a stable order
 */
record CooperationGap(GapKind kind, double score, List<ScorePart> parts, String summary, List<Fact> facts,
		List<Cluster> clusters, List<Stage> stages, ValueChain valueChain, Ecosystem ecosystem, Region region,
		String country, String key) {

	/** A gap whose score is the sum of its parts' contributions, so the parts always add up to it. */
	static CooperationGap scored(GapKind kind, List<ScorePart> parts, String summary, List<Fact> facts,
			List<Cluster> clusters, List<Stage> stages, ValueChain valueChain, Ecosystem ecosystem, Region region,
			String country, String key) {
		double score = parts.stream().mapToDouble(ScorePart::contribution).sum();
		return new CooperationGap(kind, score, parts, summary, facts, clusters, stages, valueChain, ecosystem, region,
				country, key);
	}

	/**
	 * One part of a score: its weight, its value (0 to 1) and what it adds, weight x value.
	 */
	record ScorePart(String name, double weight, double value, double contribution) {

		static ScorePart of(String name, double weight, double value) {
			return new ScorePart(name, weight, value, weight * value);
		}

	}

	/** A named fact, its value as text. */
	record Fact(String name, String value) {

		static Fact of(String name, Object value) {
			return new Fact(name, (value instanceof Double number) ? String.format(java.util.Locale.ROOT, "%.3f", number)
					: String.valueOf(value));
		}

	}

}
