package eu.clustergraph.organisation;

import java.util.List;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import eu.clustergraph.system.query.Conditions;
import eu.clustergraph.reference.ReferenceCodes;

/** The {@code OrganisationFilter} input, compiled to a Cypher predicate over {@code o}. */
record OrganisationFilter(String type, String country, String region, String ecosystem, String cluster,
		List<OrganisationFilter> AND, List<OrganisationFilter> OR) {

	/**
	 * The condition, checking every code against the reference data; errors name the argument path, such as
	 * {@code filter.OR[1].region}.
	 */
	Condition on(Node o, ReferenceCodes codes, int nutsVersion, String path) {
		Condition all = Cypher.noCondition();
		if (this.type != null) {
			all = all.and(Conditions.equal(o.property("type"), this.type));
		}
		if (this.country != null) {
			all = all.and(Conditions.equal(o.property("country"),
					codes.requireCountry(this.country, nutsVersion, path + ".country")));
		}
		if (this.region != null) {
			// NUTS codes nest by prefix: a region covers every region below it
			all = all.and(Conditions.startsWith(o.property("region"),
					codes.requireRegion(this.region, nutsVersion, path + ".region")));
		}
		if (this.ecosystem != null) {
			String id = codes.requireEcosystem(this.ecosystem, path + ".ecosystem");
			all = all.and(Conditions.exists(o.relationshipTo(Cypher.node("Cluster"), "MEMBER_OF")
				.relationshipTo(Cypher.node("Ecosystem").withProperties("id", Cypher.anonParameter(id)), "IN_ECOSYSTEM")));
		}
		if (this.cluster != null) {
			all = all.and(Conditions.exists(o.relationshipTo(
					Cypher.node("Cluster").withProperties("id", Cypher.anonParameter(this.cluster.strip())), "MEMBER_OF")));
		}
		return all.and(Conditions.nested(this.AND, this.OR, path, (filter, at) -> filter.on(o, codes, nutsVersion, at)));
	}

}
