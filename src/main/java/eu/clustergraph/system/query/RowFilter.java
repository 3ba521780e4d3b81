package eu.clustergraph.system.query;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/** A filter argument compiled to a condition over a list's row node; every value in it is a parameter. */
@FunctionalInterface
public interface RowFilter {

	RowFilter NONE = row -> Cypher.noCondition();

	Condition on(Node row);

}
