package eu.clustergraph.analytics;

import java.util.List;

/**
 * {@code presenceCorrelation}'s answer: the correlation's figures ({@link Correlation}), and the points they were
 * computed from; see {@code graphql/analytics.graphqls} for the fields' meaning.
 *
 * @param coefficient null when a variable is constant over the regions
 * @param synthetic whether every indicator value used is synthetic (generated, not measured)
 */
public record PresenceCorrelation(String indicator, int year, RegionPresence.Level level,
		RegionPresence.Measure presence, Correlation.Method method, Double coefficient, int n, Double pValue,
		Double low, Double high, Double slope, Double intercept, boolean synthetic, List<Point> points) {

	/** A region's presence and indicator value, one point of the scatter plot. */
	public record Point(String region, String name, double presence, double indicator) {
	}

	static PresenceCorrelation of(String indicator, int year, RegionPresence.Level level,
			RegionPresence.Measure presence, Correlation correlation, boolean synthetic, List<Point> points) {
		return new PresenceCorrelation(indicator, year, level, presence, correlation.method(),
				Double.isNaN(correlation.coefficient()) ? null : correlation.coefficient(), correlation.n(),
				correlation.pValue(), correlation.low(), correlation.high(), correlation.slope(),
				correlation.intercept(), synthetic, points);
	}

}
