package eu.clustergraph.system.query;

import java.util.Map;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;

/**
 * A filter's condition as Cypher text with its parameters, for the few hand-written statements that take a filter
 * (strongest paths to any match, statistics): the condition is rendered inside a statement, so its parameters are
 * named as in any other, and cut out at the markers around it.
 *
 * @param where the condition over the row variable; {@code true} when it is empty
 * @param parameters its values, named {@code pcdsl01} and on
 */
public record ConditionText(String where, Map<String, Object> parameters) {

	private static final String END = " RETURN 'end-of-condition'";

	public static ConditionText of(String variable, Condition condition) {
		Statement statement = Statement.of("condition",
				Cypher.match(Cypher.anyNode(variable)).where(condition).returning(Cypher.literalOf("end-of-condition")).build());
		String cypher = statement.cypher();
		int where = cypher.indexOf(" WHERE ");
		String text = (where < 0) ? "true" : cypher.substring(where + " WHERE ".length(), cypher.lastIndexOf(END));
		return new ConditionText(text, statement.parameters());
	}

}
