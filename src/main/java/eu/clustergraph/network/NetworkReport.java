package eu.clustergraph.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calibration statistics of a graph's clusters, memberships and tie network at one minimum strength, each with
 * the target GENERATOR.md (and issue 12) sets where there is one. Distances are exact over all cluster pairs.
 *
 * @param ties the ties of at least {@code minStrength}
 * @param tiesByChannel those ties that have evidence of each channel
 * @param hopHistogram unordered cluster pairs by hop distance; index 0 counts the pairs not connected
 * @param sizeMix the share of member companies in each size class
 * @param locality the share of company memberships with the company in the cluster's NUTS 2 region, elsewhere in its
 * country, or abroad
 */
public record NetworkReport(double minStrength, int clusters, double membersMean, double membersMedian,
		int membersP90, int membersMax, double multiMembershipShare, Map<String, Double> sizeMix,
		Map<String, Double> locality, int ties, Map<String, Integer> tiesByChannel, double meanDegree,
		double degreeMedian, int degreeP90, int degreeMax, double averageClustering, int components,
		double largestComponentShare, long[] hopHistogram, double within2HopsShare, double connectedPairsShare,
		double medianDistance, double crossBorderShare, int agreements, double agreementsPerCluster,
		int partnerships, Map<String, Integer> real) {

	public NetworkReport(double minStrength, int clusters, double membersMean, double membersMedian, int membersP90,
			int membersMax, double multiMembershipShare, Map<String, Double> sizeMix, Map<String, Double> locality,
			int ties, Map<String, Integer> tiesByChannel, double meanDegree, double degreeMedian, int degreeP90,
			int degreeMax, double averageClustering, int components, double largestComponentShare, long[] hopHistogram,
			double within2HopsShare, double connectedPairsShare, double medianDistance, double crossBorderShare,
			int agreements, double agreementsPerCluster, int partnerships) {
		this(minStrength, clusters, membersMean, membersMedian, membersP90, membersMax, multiMembershipShare, sizeMix,
				locality, ties, tiesByChannel, meanDegree, degreeMedian, degreeP90, degreeMax, averageClustering,
				components, largestComponentShare, hopHistogram, within2HopsShare, connectedPairsShare, medianDistance,
				crossBorderShare, agreements, agreementsPerCluster, partnerships, Map.of());
	}

	/** The same report with the counts of what is real (not generated): clusters, partnerships, agreements, ties. */
	NetworkReport withReal(Map<String, Integer> counts) {
		return new NetworkReport(this.minStrength, this.clusters, this.membersMean, this.membersMedian, this.membersP90,
				this.membersMax, this.multiMembershipShare, this.sizeMix, this.locality, this.ties, this.tiesByChannel,
				this.meanDegree, this.degreeMedian, this.degreeP90, this.degreeMax, this.averageClustering,
				this.components, this.largestComponentShare, this.hopHistogram, this.within2HopsShare,
				this.connectedPairsShare, this.medianDistance, this.crossBorderShare, this.agreements,
				this.agreementsPerCluster, this.partnerships, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts)));
	}

	/** The report's lines: each statistic, its value and, where one is set, its target and whether it holds. */
	public List<Line> lines() {
		List<Line> lines = new ArrayList<>();
		lines.add(Line.of("clusters", this.clusters, null));
		lines.add(Line.of("members per cluster, mean", this.membersMean, Target.near(170)));
		lines.add(Line.of("members per cluster, median", this.membersMedian, Target.near(101)));
		lines.add(Line.of("members per cluster, p90", this.membersP90, Target.near(381)));
		lines.add(Line.of("members per cluster, max", this.membersMax, Target.near(2428)));
		lines.add(Line.of("companies in 2+ clusters", this.multiMembershipShare, Target.near(0.048)));
		this.sizeMix.forEach((size, share) -> lines.add(Line.of("size class " + size, share, null)));
		this.locality.forEach((where, share) -> lines.add(Line.of("memberships " + where, share, null)));
		lines.add(Line.of("ties (strength >= " + format(this.minStrength) + ")", this.ties, null));
		this.tiesByChannel.forEach((channel, count) -> lines.add(Line.of("ties with " + channel, count, null)));
		lines.add(Line.of("mean degree", this.meanDegree, Target.between(6, 20)));
		lines.add(Line.of("degree median", this.degreeMedian, null));
		lines.add(Line.of("degree p90", this.degreeP90, null));
		lines.add(Line.of("degree max", this.degreeMax, null));
		lines.add(Line.of("average clustering coefficient", this.averageClustering, Target.atLeast(0.25)));
		lines.add(Line.of("components", this.components, null));
		lines.add(Line.of("largest component share", this.largestComponentShare, Target.atLeast(0.9)));
		lines.add(Line.of("pairs within 2 hops", this.within2HopsShare, Target.atMost(0.10)));
		lines.add(Line.of("pairs connected", this.connectedPairsShare, null));
		lines.add(Line.of("median distance of connected pairs", this.medianDistance, Target.between(3, 5)));
		lines.add(Line.of("ties across a border", this.crossBorderShare, Target.between(0.15, 0.35)));
		lines.add(Line.of("agreements per cluster", this.agreementsPerCluster, Target.near(0.6)));
		lines.add(Line.of("partnerships", this.partnerships, null));
		// what is real rather than generated (issue 13): the rest of the report counts both
		this.real.forEach((what, count) -> lines.add(Line.of("real " + what, count, null)));
		return lines;
	}

	/** The report as text, a statistic per line with its target. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		for (Line line : lines()) {
			text.append(String.format(Locale.ROOT, "%-42s %12s  %-18s %s%n", line.name(), format(line.value()),
					(line.target() == null) ? "" : line.target().text(),
					(line.target() == null) ? "" : (line.holds() ? "ok" : "MISSED")));
		}
		StringBuilder hops = new StringBuilder("pairs by distance (0 = not connected): ");
		for (int h = 0; h < this.hopHistogram.length; h++) {
			hops.append(h).append(':').append(this.hopHistogram[h]).append(' ');
		}
		return text.append(hops.toString().strip()).append('\n').toString();
	}

	static String format(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e12) ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.4f", value);
	}

	/** One statistic of the report. */
	public record Line(String name, double value, Target target) {

		static Line of(String name, double value, Target target) {
			return new Line(name, value, target);
		}

		public boolean holds() {
			return this.target == null || this.target.holds(this.value);
		}

	}

	/** A target: a range, a bound, or a reference value to be within 5% of. */
	public record Target(double low, double high, String text) {

		static Target between(double low, double high) {
			return new Target(low, high, format(low) + " to " + format(high));
		}

		static Target atLeast(double low) {
			return new Target(low, Double.POSITIVE_INFINITY, ">= " + format(low));
		}

		static Target atMost(double high) {
			return new Target(Double.NEGATIVE_INFINITY, high, "<= " + format(high));
		}

		static Target near(double reference) {
			return new Target(reference * 0.95, reference * 1.05, format(reference) + " +-5%");
		}

		boolean holds(double value) {
			return value >= this.low && value <= this.high;
		}

	}

}
