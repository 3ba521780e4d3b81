package eu.clustergraph.ecosystem;

import java.util.List;
import java.util.Locale;

import eu.clustergraph.activity.ActivityCodes;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.query.Conditions;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;

/** The {@code EcosystemFilter} input, compiled to a condition over an ecosystem row. */
record EcosystemFilter(String name, String valueChain, String nace, List<EcosystemFilter> AND,
		List<EcosystemFilter> OR) {

	/** The condition; errors name the argument path, such as {@code filter.OR[1].nace}. */
	Condition on(Node e, ReferenceCodes codes, String path) {
		Condition all = Cypher.noCondition();
		if (this.name != null) {
			Expression text = Cypher.anonParameter(this.name.strip().toLowerCase(Locale.ROOT));
			all = all.and(Cypher.toLower(e.property("name")).contains(text)
				.or(Cypher.toLower(e.property("nameEccp")).contains(text)));
		}
		if (this.valueChain != null) {
			String id = codes.requireValueChain(this.valueChain, path + ".valueChain");
			all = all.and(Conditions.exists(Cypher.node("ValueChain").withProperties("id", Cypher.anonParameter(id))
				.relationshipTo(e, "IN_ECOSYSTEM")));
		}
		if (this.nace != null) {
			String code = codes.requireActivity(this.nace, path + ".nace");
			Node activity = Cypher.node("Activity").named("a");
			all = all.and(Conditions.exists(activity.relationshipTo(e, "IN_ECOSYSTEM"),
					ActivityCodes.overlapping(activity, code)));
		}
		return all.and(Conditions.nested(this.AND, this.OR, path, (filter, at) -> filter.on(e, codes, at)));
	}

}
