package eu.clustergraph.partnership;

import java.util.ArrayList;
import java.util.List;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.Predicates;

/** The {@code PartnershipFilter} input, compiled to a Cypher predicate over {@code p}. */
record PartnershipFilter(String kind, String ecosystem, String valueChain, String country, Integer activeIn,
		Boolean synthetic, List<PartnershipFilter> AND, List<PartnershipFilter> OR) {

	String compile(Predicates p, ReferenceCodes codes, int nutsVersion, String path) {
		List<String> all = new ArrayList<>();
		if (this.kind != null) {
			all.add(p.bind("p.kind = ?", this.kind));
		}
		if (this.ecosystem != null) {
			all.add(p.bind("EXISTS { (p)-[:TARGETS]->(:Ecosystem {id: ?}) }",
					codes.requireEcosystem(this.ecosystem, path + ".ecosystem")));
		}
		if (this.valueChain != null) {
			all.add(p.bind("EXISTS { (p)-[:TARGETS]->(:ValueChain {id: ?}) }",
					codes.requireValueChain(this.valueChain, path + ".valueChain")));
		}
		if (this.country != null) {
			all.add(p.bind("EXISTS { (p)<-[:PARTICIPATES_IN]-(:Cluster {country: ?}) }",
					codes.requireCountry(this.country, nutsVersion, path + ".country")));
		}
		if (this.synthetic != null) {
			all.add(p.bind("p.synthetic = ?", this.synthetic));
		}
		if (this.activeIn != null) {
			all.add(p.bind("coalesce(p.startYear, 0) <= ?", this.activeIn));
			all.add(p.bind("coalesce(p.endYear, 9999) >= ?", this.activeIn));
		}
		all.addAll(Predicates.nested(this.AND, this.OR, path, (filter, at) -> filter.compile(p, codes, nutsVersion, at)));
		return Predicates.all(all);
	}

}
