package eu.clustergraph.cluster;

import java.util.ArrayList;
import java.util.List;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.IntRange;

/** The {@code ClusterFilter} input, compiled to a Cypher predicate over {@code c}. */
public record ClusterFilter(String country, String region, String ecosystem, String primaryEcosystem, String label, String valueChain, String stage,
		String nace, String partnershipKind, IntRange founded, IntRange memberCount, Boolean synthetic, List<ClusterFilter> AND,
		List<ClusterFilter> OR) {

	/**
	 * The predicate, checking every code against the reference data; errors name the argument path, such as
	 * {@code filter.OR[1].region}.
	 */
	public String compile(Predicates p, ReferenceCodes codes, int nutsVersion, String path) {
		List<String> all = new ArrayList<>();
		if (this.country != null) {
			all.add(p.bind("c.country = ?", codes.requireCountry(this.country, nutsVersion, path + ".country")));
		}
		if (this.region != null) {
			all.add(p.bind("c.region STARTS WITH ?", codes.requireRegion(this.region, nutsVersion, path + ".region")));
		}
		if (this.ecosystem != null) {
			all.add(p.bind("EXISTS { (c)-[:IN_ECOSYSTEM]->(:Ecosystem {id: ?}) }",
					codes.requireEcosystem(this.ecosystem, path + ".ecosystem")));
		}
		if (this.primaryEcosystem != null) {
			all.add(p.bind("EXISTS { (c)-[:IN_ECOSYSTEM {primary: true}]->(:Ecosystem {id: ?}) }",
					codes.requireEcosystem(this.primaryEcosystem, path + ".primaryEcosystem")));
		}
		if (this.synthetic != null) {
			all.add(p.bind("c.synthetic = ?", this.synthetic));
		}
		if (this.label != null) {
			all.add(p.bind("c.excellenceLabel = ?", this.label));
		}
		if (this.valueChain != null) {
			all.add(p.bind("EXISTS { (c)-[:CONTRIBUTES_TO]->(:Stage)<-[:HAS_STAGE]-(:ValueChain {id: ?}) }",
					codes.requireValueChain(this.valueChain, path + ".valueChain")));
		}
		if (this.stage != null) {
			all.add(p.bind("EXISTS { (c)-[:CONTRIBUTES_TO]->(:Stage {id: ?}) }",
					codes.requireStage(this.stage, path + ".stage")));
		}
		if (this.nace != null) {
			String code = codes.requireActivity(this.nace, path + ".nace");
			all.add(code.matches("[A-Z]")
					? p.bind("EXISTS { (c)<-[:MEMBER_OF]-(m:Company) WHERE m.naceSection = ? }", code)
					: p.bind("EXISTS { (c)<-[:MEMBER_OF]-(m:Company) WHERE m.nace STARTS WITH ? }", code));
		}
		if (this.partnershipKind != null) {
			all.add(p.bind("EXISTS { (c)-[:PARTICIPATES_IN]->(:Partnership {kind: ?}) }", this.partnershipKind));
		}
		if (this.founded != null) {
			all.addAll(this.founded.compile(p, "c.founded", path + ".founded"));
		}
		if (this.memberCount != null) {
			all.addAll(this.memberCount.compile(p, "c.memberCount", path + ".memberCount"));
		}
		all.addAll(Predicates.nested(this.AND, this.OR, path, (filter, at) -> filter.compile(p, codes, nutsVersion, at)));
		return Predicates.all(all);
	}

}
