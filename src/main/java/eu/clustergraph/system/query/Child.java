package eu.clustergraph.system.query;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.driver.Value;

/**
 * A child field the parent's statement can read: {@code expression} builds its Cypher (a pattern comprehension or a
 * {@code COLLECT} subquery) from the parent's scope and the child's selection, and {@code mapper} maps what that
 * returns (a map, a list of maps, or null) to what the field returns.
 *
 * @param field the GraphQL field, such as {@code region}
 * @param expression the child's value in Cypher, projected as the selection asks
 * @param mapper from the value the expression returns to the field's value
 */
public record Child(String field, BiFunction<Projection.Scope, Projection.Selection, Expression> expression,
		Function<Value, Object> mapper) {

	/** A to-one child: null when the expression returns null. */
	public static Child one(String field, BiFunction<Projection.Scope, Projection.Selection, Expression> expression,
			Function<Value, ?> mapper) {
		return new Child(field, expression, value -> value.isNull() ? null : mapper.apply(value));
	}

	/** A to-many child: the expression returns a list, in the field's order. */
	public static Child many(String field, BiFunction<Projection.Scope, Projection.Selection, Expression> expression,
			Function<Value, ?> mapper) {
		return new Child(field, expression, value -> value.asList(mapper::apply));
	}

}
