package eu.clustergraph.system.graphql.cost;

import java.util.List;
import java.util.Map;

/**
 * The cost of one field of a document with what it selects, ready to be evaluated with each request's variables: its
 * own weight, plus its size times what each item selects, plus what it selects once (a connection's
 * {@code totalCount} and {@code pageInfo}). An operation's plan is a field of weight 0 with the root fields as items.
 *
 * @param weight the field's own cost
 * @param size how many items the field returns
 * @param perItem the selections paid once per item
 * @param once the selections paid once whatever the size
 */
record CostPlan(long weight, Size size, List<CostPlan> perItem, List<CostPlan> once) {

	static CostPlan operation(List<CostPlan> fields) {
		return new CostPlan(0, Size.ONE, fields, List.of());
	}

	/** The cost with these (coerced) variables, saturating rather than overflowing. */
	long evaluate(Map<String, Object> variables) {
		long items = 0;
		for (CostPlan plan : this.perItem) {
			items = add(items, plan.evaluate(variables));
		}
		long total = add(this.weight, multiply(this.size.of(variables), items));
		for (CostPlan plan : this.once) {
			total = add(total, plan.evaluate(variables));
		}
		return total;
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long multiply(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		}
		catch (ArithmeticException overflow) {
			return Long.MAX_VALUE;
		}
	}

	/**
	 * How many items a field returns: a number written in the document, or a variable's value, or else the
	 * {@code fallback} (the argument's default, or the list's assumed size).
	 *
	 * @param literal the number written in the document, or null
	 * @param variable the variable that gives it, or null
	 * @param fallback the size when neither gives one
	 */
	record Size(Long literal, String variable, long fallback) {

		static final Size ONE = new Size(1L, null, 1);

		static Size fixed(long size) {
			return new Size(size, null, size);
		}

		long of(Map<String, Object> variables) {
			if (this.literal != null) {
				return Math.max(0, this.literal);
			}
			Object value = (this.variable == null) ? null : variables.get(this.variable);
			return (value instanceof Number number) ? Math.max(0, number.longValue()) : this.fallback;
		}

	}

}
