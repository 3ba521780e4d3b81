package eu.clustergraph.generator;

/** Largest-remainder rounding: integer shares of an exact total, so that totals never drift. */
final class Allocation {

	private Allocation() {
	}

	/**
	 * Splits {@code total} in proportion to {@code weights}. Ties in the remainders go to the lower index, so the
	 * result depends only on the inputs.
	 */
	static int[] largestRemainder(double[] weights, int total) {
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		int[] shares = new int[weights.length];
		if (sum <= 0 || total <= 0) {
			return shares;
		}
		double[] remainders = new double[weights.length];
		int assigned = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * weights[i] / sum;
			shares[i] = (int) StrictMath.floor(exact);
			remainders[i] = exact - shares[i];
			assigned += shares[i];
		}
		Integer[] order = new Integer[weights.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> {
			int byRemainder = Double.compare(remainders[b], remainders[a]);
			return (byRemainder != 0) ? byRemainder : Integer.compare(a, b);
		});
		for (int i = 0; assigned < total; i++, assigned++) {
			shares[order[i % order.length]]++;
		}
		return shares;
	}

}
