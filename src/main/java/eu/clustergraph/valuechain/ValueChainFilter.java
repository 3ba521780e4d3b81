package eu.clustergraph.valuechain;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import eu.clustergraph.system.query.Conditions;
import java.util.List;
import java.util.Locale;

import eu.clustergraph.activity.ActivityCodes;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

/** The {@code ValueChainFilter} input, compiled to a Cypher predicate over {@code v}. */
record ValueChainFilter(String name, String ecosystem, String nace, String confidence, List<ValueChainFilter> AND,
		List<ValueChainFilter> OR) {

	private static final List<String> CONFIDENCES = List.of("high", "medium", "low");

	/** The condition; errors name the argument path, such as {@code filter.OR[1].ecosystem}. */
	Condition on(Node v, ReferenceCodes codes, String path) {
		Condition all = Cypher.noCondition();
		if (this.name != null) {
			all = all.and(Cypher.toLower(v.property("name"))
				.contains(Cypher.anonParameter(this.name.strip().toLowerCase(Locale.ROOT))));
		}
		if (this.ecosystem != null) {
			String id = codes.requireEcosystem(this.ecosystem, path + ".ecosystem");
			all = all.and(Conditions.exists(
					v.relationshipTo(Cypher.node("Ecosystem").withProperties("id", Cypher.anonParameter(id)), "IN_ECOSYSTEM")));
		}
		if (this.nace != null) {
			String code = codes.requireActivity(this.nace, path + ".nace");
			Node activity = Cypher.node("Activity").named("a");
			// the chain's own key activities or those of one of its stages
			all = all.and(Conditions.exists(v.relationshipTo(Cypher.anyNode(), "HAS_STAGE").length(0, 1)
				.relationshipTo(activity, "KEY_ACTIVITY"), ActivityCodes.overlapping(activity, code)));
		}
		if (this.confidence != null) {
			String level = this.confidence.strip().toLowerCase(Locale.ROOT);
			if (!CONFIDENCES.contains(level)) {
				throw new InvalidArgumentException(path + ".confidence",
						"must be high, medium or low (was '" + this.confidence + "')");
			}
			all = all.and(Conditions.equal(v.property("confidence"), level));
		}
		return all.and(Conditions.nested(this.AND, this.OR, path, (filter, at) -> filter.on(v, codes, at)));
	}

}
