package eu.clustergraph.system.graphql;

import java.util.ArrayList;
import java.util.List;

import eu.clustergraph.system.cypher.Predicates;

/** The {@code IntRange} input: an inclusive range, either end open. */
public record IntRange(Integer min, Integer max) {

	/** The predicates on a property; an empty range (min above max) is an error naming the argument. */
	public List<String> compile(Predicates p, String property, String argument) {
		if (this.min != null && this.max != null && this.min > this.max) {
			throw new InvalidArgumentException(argument, "has min " + this.min + " above max " + this.max);
		}
		List<String> predicates = new ArrayList<>();
		if (this.min != null) {
			predicates.add(p.bind(property + " >= ?", this.min));
		}
		if (this.max != null) {
			predicates.add(p.bind(property + " <= ?", this.max));
		}
		return predicates;
	}

}
