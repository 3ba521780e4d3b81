package eu.clustergraph.system.query;

import java.util.List;
import java.util.function.BiFunction;

import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.PatternElement;

/**
 * The pieces every filter input is made of: a value as a parameter, a range, a pattern that must exist, and the
 * nested {@code AND} and {@code OR} lists. Unlike {@code ($x IS NULL OR n.x = $x)} a compiled filter names only what
 * is filtered, so the planner can use the indexes behind it.
 */
public final class Conditions {

	private Conditions() {
	}

	/** Whether a condition holds nothing to test ({@code Cypher.noCondition()} and combinations of it). */
	public static boolean isEmpty(Condition condition) {
		boolean[] any = { false };
		condition.accept(segment -> any[0] = true);
		return !any[0];
	}

	/** A property equal to a value, bound as a parameter. */
	public static Condition equal(Expression property, Object value) {
		return property.isEqualTo(Cypher.anonParameter(value));
	}

	/** A property equal to one of at most {@code max} values, bound as one list parameter. */
	public static Condition in(Expression property, List<String> values, int max, String argument) {
		if (values.size() > max) {
			throw new InvalidArgumentException(argument, "lists " + values.size() + " values; at most " + max + " are allowed");
		}
		return property.in(Cypher.anonParameter(values));
	}

	/** A text property starting with a value, bound as a parameter. */
	public static Condition startsWith(Expression property, String value) {
		return property.startsWith(Cypher.anonParameter(value));
	}

	/** The pattern exists. */
	public static Condition exists(PatternElement pattern) {
		return Cypher.match(pattern).asCondition();
	}

	/** The pattern exists with a condition on its nodes. */
	public static Condition exists(PatternElement pattern, Condition where) {
		return Cypher.match(pattern).where(where).asCondition();
	}

	/** An inclusive range on a property; an empty range (min above max) is an error naming the argument. */
	public static <N extends Comparable<N>> Condition range(Expression property, N min, N max, String argument) {
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new InvalidArgumentException(argument, "has min " + min + " above max " + max);
		}
		Condition range = Cypher.noCondition();
		if (min != null) {
			range = range.and(property.gte(Cypher.anonParameter(min)));
		}
		if (max != null) {
			range = range.and(property.lte(Cypher.anonParameter(max)));
		}
		return range;
	}

	/**
	 * Every filter of {@code and}, and any of {@code or}. {@code compile} gets each nested filter and its argument
	 * path, such as {@code filter.OR[1]}, so errors inside name where they are.
	 */
	public static <F> Condition nested(List<F> and, List<F> or, String path, BiFunction<F, String, Condition> compile) {
		Condition all = Cypher.noCondition();
		if (and != null) {
			for (int i = 0; i < and.size(); i++) {
				all = all.and(compile.apply(and.get(i), path + ".AND[" + i + "]"));
			}
		}
		if (or != null) {
			// an empty OR list matches nothing, as "any of none" does
			Condition any = or.isEmpty() ? Cypher.literalFalse().asCondition() : Cypher.noCondition();
			for (int i = 0; i < or.size(); i++) {
				any = any.or(compile.apply(or.get(i), path + ".OR[" + i + "]"));
			}
			all = all.and(any);
		}
		return all;
	}

}
