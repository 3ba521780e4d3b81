package eu.clustergraph.ecosystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.clustergraph.activity.ActivityCodes;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.Predicates;

/** The {@code EcosystemFilter} input, compiled to a Cypher predicate over {@code e}. */
record EcosystemFilter(String name, String valueChain, String nace, List<EcosystemFilter> AND,
		List<EcosystemFilter> OR) {

	/** The predicate; errors name the argument path, such as {@code filter.OR[1].nace}. */
	String compile(Predicates p, ReferenceCodes codes, String path) {
		List<String> all = new ArrayList<>();
		if (this.name != null) {
			all.add(p.bind("(toLower(e.name) CONTAINS ? OR toLower(e.nameEccp) CONTAINS ?)",
					this.name.strip().toLowerCase(Locale.ROOT)));
		}
		if (this.valueChain != null) {
			all.add(p.bind("EXISTS { (:ValueChain {id: ?})-[:IN_ECOSYSTEM]->(e) }",
					codes.requireValueChain(this.valueChain, path + ".valueChain")));
		}
		if (this.nace != null) {
			String code = codes.requireActivity(this.nace, path + ".nace");
			all.add("EXISTS { MATCH (a:Activity)-[:IN_ECOSYSTEM]->(e) WHERE " + ActivityCodes.overlapping(p, "a", code)
					+ " }");
		}
		all.addAll(Predicates.nested(this.AND, this.OR, path, (filter, at) -> filter.compile(p, codes, at)));
		return Predicates.all(all);
	}

}
