package eu.clustergraph.generator;

import java.util.SplittableRandom;

/**
 * A random stream for one entity. Every entity draws from {@code new SplittableRandom(mix64(seed, kind, index))},
 * so what it becomes depends only on the seed, its kind and its index, never on generation order or threads. Only
 * portable arithmetic is used: no {@code nextGaussian} (its algorithm changed across JDKs) and {@link StrictMath}
 * for every transcendental function.
 */
final class Rng {

	private final SplittableRandom random;

	private Rng(long seed) {
		this.random = new SplittableRandom(seed);
	}

	static Rng of(long seed, Stream kind, long index) {
		return new Rng(mix64(mix64(seed ^ (kind.ordinal() + 1) * 0x9E3779B97F4A7C15L) + index));
	}

	/** The SplitMix64 finaliser. */
	static long mix64(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	double uniform() {
		return this.random.nextDouble();
	}

	double uniform(double from, double to) {
		return from + (to - from) * this.random.nextDouble();
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	int between(int fromInclusive, int toInclusive) {
		return fromInclusive + this.random.nextInt(toInclusive - fromInclusive + 1);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** Standard normal by Box-Muller. */
	double normal() {
		double u1 = 1.0 - this.random.nextDouble();
		double u2 = this.random.nextDouble();
		return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
	}

	double normal(double mean, double sd) {
		return mean + sd * normal();
	}

	double lognormal(double mu, double sigma) {
		return StrictMath.exp(mu + sigma * normal());
	}

	/** Pareto with minimum {@code scale} and shape {@code alpha}. */
	double pareto(double scale, double alpha) {
		return scale / StrictMath.pow(1.0 - this.random.nextDouble(), 1.0 / alpha);
	}

	/** An index drawn by weight from a cumulative weight array (binary search, fixed order). */
	int categorical(double[] cumulative) {
		double target = this.random.nextDouble() * cumulative[cumulative.length - 1];
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] > target) {
				high = mid;
			}
			else {
				low = mid + 1;
			}
		}
		return low;
	}

	static double[] cumulative(double[] weights) {
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum;
		}
		return cumulative;
	}

	/** The kinds of entity, each with its own family of streams. */
	enum Stream {

		REGION, COUNTRY, CLUSTER, CLUSTER_SIZE, MEMBERSHIP, COMPANY, ORGANISATION, EXTRA_MEMBERSHIP, EXTRA_TARGET, COOPERATION,
		CROSS_COOPERATION, SUPPLY, PARTNERSHIP, AGREEMENT, INDICATOR, STAGE, COOPERATION_TYPE, REGIONAL_ACTIVITY,
		PLANTED_GAP

	}

}
