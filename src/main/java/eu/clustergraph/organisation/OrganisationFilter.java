package eu.clustergraph.organisation;

import java.util.ArrayList;
import java.util.List;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.Predicates;

/** The {@code OrganisationFilter} input, compiled to a Cypher predicate over {@code o}. */
record OrganisationFilter(String type, String country, String region, String ecosystem, String cluster,
		List<OrganisationFilter> AND, List<OrganisationFilter> OR) {

	/**
	 * The predicate, checking every code against the reference data; errors name the argument path, such as
	 * {@code filter.OR[1].region}.
	 */
	String compile(Predicates p, ReferenceCodes codes, int nutsVersion, String path) {
		List<String> all = new ArrayList<>();
		if (this.type != null) {
			all.add(p.bind("o.type = ?", this.type));
		}
		if (this.country != null) {
			all.add(p.bind("o.country = ?", codes.requireCountry(this.country, nutsVersion, path + ".country")));
		}
		if (this.region != null) {
			// NUTS codes nest by prefix: a region covers every region below it
			all.add(p.bind("o.region STARTS WITH ?", codes.requireRegion(this.region, nutsVersion, path + ".region")));
		}
		if (this.ecosystem != null) {
			all.add(p.bind("EXISTS { (o)-[:MEMBER_OF]->(:Cluster)-[:IN_ECOSYSTEM]->(:Ecosystem {id: ?}) }",
					codes.requireEcosystem(this.ecosystem, path + ".ecosystem")));
		}
		if (this.cluster != null) {
			all.add(p.bind("EXISTS { (o)-[:MEMBER_OF]->(:Cluster {id: ?}) }", this.cluster.strip()));
		}
		all.addAll(Predicates.nested(this.AND, this.OR, path, (filter, at) -> filter.compile(p, codes, nutsVersion, at)));
		return Predicates.all(all);
	}

}
