package eu.clustergraph.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured times, shared by the benchmark programs. */
final class Percentiles {

	private Percentiles() {
	}

	/** The nearest-rank percentile (50 for the median) of the values, which need not be sorted. */
	static double of(double[] values, int percentile) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

}
