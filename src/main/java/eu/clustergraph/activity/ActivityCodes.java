package eu.clustergraph.activity;

import eu.clustergraph.system.cypher.Predicates;

/** Predicates over NACE codes shared by the features that filter by activity. */
public final class ActivityCodes {

	private ActivityCodes() {
	}

	/**
	 * Whether the activity node bound to {@code variable} overlaps a validated NACE code: a section letter covers
	 * every code of the section; a numeric code matches the codes below it and the codes above it, so a filter by
	 * class 29.10 finds what is mapped at group level 29.1, and a filter by division 29 finds group 29.1.
	 */
	public static String overlapping(Predicates p, String variable, String code) {
		if (code.matches("[A-Z]")) {
			return p.bind(variable + ".section = ?", code);
		}
		return p.bind("(" + variable + ".code STARTS WITH ? OR ? STARTS WITH " + variable + ".code)", code);
	}

}
