package eu.clustergraph.partnership;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import eu.clustergraph.system.query.Conditions;
import java.util.List;

import eu.clustergraph.reference.ReferenceCodes;

/** The {@code PartnershipFilter} input, compiled to a Cypher predicate over {@code p}. */
record PartnershipFilter(String kind, String ecosystem, String valueChain, String country, Integer activeIn,
		Boolean synthetic, List<PartnershipFilter> AND, List<PartnershipFilter> OR) {

	Condition on(Node p, ReferenceCodes codes, int nutsVersion, String path) {
		Condition all = Cypher.noCondition();
		if (this.kind != null) {
			all = all.and(Conditions.equal(p.property("kind"), this.kind));
		}
		if (this.ecosystem != null) {
			String id = codes.requireEcosystem(this.ecosystem, path + ".ecosystem");
			all = all.and(Conditions.exists(
					p.relationshipTo(Cypher.node("Ecosystem").withProperties("id", Cypher.anonParameter(id)), "TARGETS")));
		}
		if (this.valueChain != null) {
			String id = codes.requireValueChain(this.valueChain, path + ".valueChain");
			all = all.and(Conditions.exists(
					p.relationshipTo(Cypher.node("ValueChain").withProperties("id", Cypher.anonParameter(id)), "TARGETS")));
		}
		if (this.country != null) {
			String code = codes.requireCountry(this.country, nutsVersion, path + ".country");
			all = all.and(Conditions.exists(p.relationshipFrom(
					Cypher.node("Cluster").withProperties("country", Cypher.anonParameter(code)), "PARTICIPATES_IN")));
		}
		if (this.synthetic != null) {
			all = all.and(Conditions.equal(p.property("synthetic"), this.synthetic));
		}
		if (this.activeIn != null) {
			all = all.and(Cypher.coalesce(p.property("startYear"), Cypher.literalOf(0)).lte(Cypher.anonParameter(this.activeIn)))
				.and(Cypher.coalesce(p.property("endYear"), Cypher.literalOf(9999)).gte(Cypher.anonParameter(this.activeIn)));
		}
		return all.and(Conditions.nested(this.AND, this.OR, path, (filter, at) -> filter.on(p, codes, nutsVersion, at)));
	}

}
