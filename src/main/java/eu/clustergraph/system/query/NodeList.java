package eu.clustergraph.system.query;

import java.util.function.Function;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;

/**
 * A feature's list of one node type, declared once: what its statements are called, its row variable, its shape, and
 * the row's unique key (the tie-breaker of every order).
 *
 * @param name the statements' name in logs and metrics, such as {@code cluster/page}
 * @param variable the row variable, such as {@code c}
 * @param shape how the rows read
 * @param id the row's unique key in Cypher
 * @param idOf the same key of a mapped row
 */
public record NodeList<T>(String name, String variable, Shape<T> shape, Function<Node, Expression> id,
		Function<T, String> idOf) {

	/** A list whose rows are unique by their {@code id} property. */
	public static <T> NodeList<T> byId(String name, String variable, Shape<T> shape, Function<T, String> idOf) {
		return new NodeList<>(name, variable, shape, row -> row.property("id"), idOf);
	}

	Node row() {
		return Cypher.node(this.shape.label()).named(this.variable);
	}

}
