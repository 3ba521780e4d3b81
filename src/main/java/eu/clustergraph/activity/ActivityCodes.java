package eu.clustergraph.activity;

import eu.clustergraph.system.query.Conditions;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;


/** Conditions over NACE codes shared by the features that filter by activity. */
public final class ActivityCodes {

	private ActivityCodes() {
	}

	/**
	 * Whether an activity node overlaps a validated NACE code: a section letter covers
	 * every code of the section; a numeric code matches the codes below it and the codes above it, so a filter by
	 * class 29.10 finds what is mapped at group level 29.1, and a filter by division 29 finds group 29.1.
	 */
	public static Condition overlapping(Node activity, String code) {
		if (code.matches("[A-Z]")) {
			return Conditions.equal(activity.property("section"), code);
		}
		Expression bound = Cypher.anonParameter(code);
		return activity.property("code").startsWith(bound).or(bound.startsWith(activity.property("code")));
	}

}
