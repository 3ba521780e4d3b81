package eu.clustergraph.valuechain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.clustergraph.activity.ActivityCodes;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.InvalidArgumentException;

/** The {@code ValueChainFilter} input, compiled to a Cypher predicate over {@code v}. */
record ValueChainFilter(String name, String ecosystem, String nace, String confidence, List<ValueChainFilter> AND,
		List<ValueChainFilter> OR) {

	private static final List<String> CONFIDENCES = List.of("high", "medium", "low");

	/** The predicate; errors name the argument path, such as {@code filter.OR[1].ecosystem}. */
	String compile(Predicates p, ReferenceCodes codes, String path) {
		List<String> all = new ArrayList<>();
		if (this.name != null) {
			all.add(p.bind("toLower(v.name) CONTAINS ?", this.name.strip().toLowerCase(Locale.ROOT)));
		}
		if (this.ecosystem != null) {
			all.add(p.bind("EXISTS { (v)-[:IN_ECOSYSTEM]->(:Ecosystem {id: ?}) }",
					codes.requireEcosystem(this.ecosystem, path + ".ecosystem")));
		}
		if (this.nace != null) {
			String code = codes.requireActivity(this.nace, path + ".nace");
			// the chain's own key activities or those of one of its stages
			all.add("EXISTS { MATCH (v)-[:HAS_STAGE*0..1]->()-[:KEY_ACTIVITY]->(a:Activity) WHERE "
					+ ActivityCodes.overlapping(p, "a", code) + " }");
		}
		if (this.confidence != null) {
			String level = this.confidence.strip().toLowerCase(Locale.ROOT);
			if (!CONFIDENCES.contains(level)) {
				throw new InvalidArgumentException(path + ".confidence",
						"must be high, medium or low (was '" + this.confidence + "')");
			}
			all.add(p.bind("v.confidence = ?", level));
		}
		all.addAll(Predicates.nested(this.AND, this.OR, path, (filter, at) -> filter.compile(p, codes, at)));
		return Predicates.all(all);
	}

}
