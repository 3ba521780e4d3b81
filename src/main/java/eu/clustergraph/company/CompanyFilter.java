package eu.clustergraph.company;

import java.util.List;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.query.IntRange;
import eu.clustergraph.system.query.Conditions;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/** The {@code CompanyFilter} input, compiled to a condition over a company row. */
record CompanyFilter(String country, String region, String nace, String sizeClass, String stage, String valueChain,
		String ecosystem, String cluster, IntRange founded, IntRange employees, Boolean synthetic, List<CompanyFilter> AND,
		List<CompanyFilter> OR) {

	/**
	 * The condition, checking every code against the reference data; errors name the argument path, such as
	 * {@code filter.OR[1].region}.
	 */
	Condition on(Node c, ReferenceCodes codes, int nutsVersion, String path) {
		Condition all = Cypher.noCondition();
		if (this.country != null) {
			// NUTS codes start with their country code: the region index answers country filters too
			all = all.and(Conditions.startsWith(c.property("region"),
					codes.requireCountry(this.country, nutsVersion, path + ".country")));
		}
		if (this.region != null) {
			all = all.and(Conditions.startsWith(c.property("region"),
					codes.requireRegion(this.region, nutsVersion, path + ".region")));
		}
		if (this.nace != null) {
			String code = codes.requireActivity(this.nace, path + ".nace");
			// a section letter covers its divisions; numeric codes nest by prefix
			all = all.and(code.matches("[A-Z]") ? Conditions.equal(c.property("naceSection"), code)
					: Conditions.startsWith(c.property("nace"), code));
		}
		if (this.synthetic != null) {
			all = all.and(Conditions.equal(c.property("synthetic"), this.synthetic));
		}
		if (this.sizeClass != null) {
			all = all.and(Conditions.equal(c.property("sizeClass"), this.sizeClass));
		}
		if (this.stage != null) {
			String id = codes.requireStage(this.stage, path + ".stage");
			all = all.and(Conditions.exists(
					c.relationshipTo(Cypher.node("Stage").withProperties("id", Cypher.anonParameter(id)), "ACTIVE_IN")));
		}
		if (this.valueChain != null) {
			String id = codes.requireValueChain(this.valueChain, path + ".valueChain");
			all = all.and(Conditions.exists(c.relationshipTo(Cypher.node("Stage"), "ACTIVE_IN")
				.relationshipFrom(Cypher.node("ValueChain").withProperties("id", Cypher.anonParameter(id)), "HAS_STAGE")));
		}
		if (this.ecosystem != null) {
			String id = codes.requireEcosystem(this.ecosystem, path + ".ecosystem");
			all = all.and(Conditions.exists(c.relationshipTo(Cypher.node("Cluster"), "MEMBER_OF")
				.relationshipTo(Cypher.node("Ecosystem").withProperties("id", Cypher.anonParameter(id)), "IN_ECOSYSTEM")));
		}
		if (this.cluster != null) {
			all = all.and(Conditions.exists(c.relationshipTo(
					Cypher.node("Cluster").withProperties("id", Cypher.anonParameter(this.cluster.strip())), "MEMBER_OF")));
		}
		if (this.founded != null) {
			all = all.and(Conditions.range(c.property("founded"), this.founded.min(), this.founded.max(),
					path + ".founded"));
		}
		if (this.employees != null) {
			all = all.and(Conditions.range(c.property("employees"), this.employees.min(), this.employees.max(),
					path + ".employees"));
		}
		return all.and(Conditions.nested(this.AND, this.OR, path, (filter, at) -> filter.on(c, codes, nutsVersion, at)));
	}

}
