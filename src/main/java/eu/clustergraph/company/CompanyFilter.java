package eu.clustergraph.company;

import java.util.ArrayList;
import java.util.List;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.IntRange;

/** The {@code CompanyFilter} input, compiled to a Cypher predicate over {@code c}. */
record CompanyFilter(String country, String region, String nace, String sizeClass, String stage, String valueChain,
		String ecosystem, String cluster, IntRange founded, IntRange employees, Boolean synthetic, List<CompanyFilter> AND,
		List<CompanyFilter> OR) {

	/**
	 * The predicate, checking every code against the reference data; errors name the argument path, such as
	 * {@code filter.OR[1].region}.
	 */
	String compile(Predicates p, ReferenceCodes codes, int nutsVersion, String path) {
		List<String> all = new ArrayList<>();
		if (this.country != null) {
			// NUTS codes start with their country code: the region index answers country filters too
			all.add(p.bind("c.region STARTS WITH ?", codes.requireCountry(this.country, nutsVersion, path + ".country")));
		}
		if (this.region != null) {
			all.add(p.bind("c.region STARTS WITH ?", codes.requireRegion(this.region, nutsVersion, path + ".region")));
		}
		if (this.nace != null) {
			String code = codes.requireActivity(this.nace, path + ".nace");
			// a section letter covers its divisions; numeric codes nest by prefix
			all.add(code.matches("[A-Z]") ? p.bind("c.naceSection = ?", code) : p.bind("c.nace STARTS WITH ?", code));
		}
		if (this.synthetic != null) {
			all.add(p.bind("c.synthetic = ?", this.synthetic));
		}
		if (this.sizeClass != null) {
			all.add(p.bind("c.sizeClass = ?", this.sizeClass));
		}
		if (this.stage != null) {
			all.add(p.bind("EXISTS { (c)-[:ACTIVE_IN]->(:Stage {id: ?}) }", codes.requireStage(this.stage, path + ".stage")));
		}
		if (this.valueChain != null) {
			all.add(p.bind("EXISTS { (c)-[:ACTIVE_IN]->(:Stage)<-[:HAS_STAGE]-(:ValueChain {id: ?}) }",
					codes.requireValueChain(this.valueChain, path + ".valueChain")));
		}
		if (this.ecosystem != null) {
			all.add(p.bind("EXISTS { (c)-[:MEMBER_OF]->(:Cluster)-[:IN_ECOSYSTEM]->(:Ecosystem {id: ?}) }",
					codes.requireEcosystem(this.ecosystem, path + ".ecosystem")));
		}
		if (this.cluster != null) {
			all.add(p.bind("EXISTS { (c)-[:MEMBER_OF]->(:Cluster {id: ?}) }", this.cluster.strip()));
		}
		if (this.founded != null) {
			all.addAll(this.founded.compile(p, "c.founded", path + ".founded"));
		}
		if (this.employees != null) {
			all.addAll(this.employees.compile(p, "c.employees", path + ".employees"));
		}
		all.addAll(Predicates.nested(this.AND, this.OR, path, (filter, at) -> filter.compile(p, codes, nutsVersion, at)));
		return Predicates.all(all);
	}

}
