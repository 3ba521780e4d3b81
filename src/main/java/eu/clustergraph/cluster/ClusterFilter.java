package eu.clustergraph.cluster;

import java.util.List;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.query.IntRange;
import eu.clustergraph.system.query.Conditions;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/** The {@code ClusterFilter} input, compiled to a condition over a cluster row. */
public record ClusterFilter(String country, String region, String ecosystem, String primaryEcosystem, String label,
		String valueChain, String stage, String nace, String partnershipKind, IntRange founded, IntRange memberCount,
		Boolean synthetic, NetworkMetricsFilter networkMetrics, List<String> ids, List<ClusterFilter> AND,
		List<ClusterFilter> OR) {

	/** The most ids one filter may list: one page of clusters. */
	static final int MAX_IDS = 100;

	/**
	 * The condition, checking every code against the reference data; errors name the argument path, such as
	 * {@code filter.OR[1].region}.
	 */
	public Condition on(Node c, ReferenceCodes codes, int nutsVersion, String path) {
		Condition all = Cypher.noCondition();
		if (this.country != null) {
			all = all.and(Conditions.equal(c.property("country"),
					codes.requireCountry(this.country, nutsVersion, path + ".country")));
		}
		if (this.region != null) {
			all = all.and(Conditions.startsWith(c.property("region"),
					codes.requireRegion(this.region, nutsVersion, path + ".region")));
		}
		if (this.ecosystem != null) {
			all = all.and(Conditions.exists(c.relationshipTo(ecosystem(codes.requireEcosystem(this.ecosystem,
					path + ".ecosystem")), "IN_ECOSYSTEM")));
		}
		if (this.primaryEcosystem != null) {
			all = all.and(Conditions.exists(c.relationshipTo(ecosystem(codes.requireEcosystem(this.primaryEcosystem,
					path + ".primaryEcosystem")), "IN_ECOSYSTEM").withProperties("primary", Cypher.literalTrue())));
		}
		if (this.synthetic != null) {
			all = all.and(Conditions.equal(c.property("synthetic"), this.synthetic));
		}
		if (this.label != null) {
			all = all.and(Conditions.equal(c.property("excellenceLabel"), this.label));
		}
		if (this.valueChain != null) {
			String id = codes.requireValueChain(this.valueChain, path + ".valueChain");
			all = all.and(Conditions.exists(c.relationshipTo(Cypher.node("Stage"), "CONTRIBUTES_TO")
				.relationshipFrom(Cypher.node("ValueChain").withProperties("id", Cypher.anonParameter(id)), "HAS_STAGE")));
		}
		if (this.stage != null) {
			String id = codes.requireStage(this.stage, path + ".stage");
			all = all.and(Conditions.exists(
					c.relationshipTo(Cypher.node("Stage").withProperties("id", Cypher.anonParameter(id)), "CONTRIBUTES_TO")));
		}
		if (this.nace != null) {
			String code = codes.requireActivity(this.nace, path + ".nace");
			Node member = Cypher.node("Company").named("m");
			// a section letter covers its divisions; numeric codes nest by prefix
			all = all.and(Conditions.exists(c.relationshipFrom(member, "MEMBER_OF"),
					code.matches("[A-Z]") ? Conditions.equal(member.property("naceSection"), code)
							: Conditions.startsWith(member.property("nace"), code)));
		}
		if (this.partnershipKind != null) {
			all = all.and(Conditions.exists(c.relationshipTo(
					Cypher.node("Partnership").withProperties("kind", Cypher.anonParameter(this.partnershipKind)),
					"PARTICIPATES_IN")));
		}
		if (this.founded != null) {
			all = all.and(Conditions.range(c.property("founded"), this.founded.min(), this.founded.max(),
					path + ".founded"));
		}
		if (this.memberCount != null) {
			all = all.and(Conditions.range(c.property("memberCount"), this.memberCount.min(), this.memberCount.max(),
					path + ".memberCount"));
		}
		if (this.ids != null) {
			all = all.and(Conditions.in(c.property("id"), this.ids, MAX_IDS, path + ".ids"));
		}
		if (this.networkMetrics != null) {
			all = all.and(this.networkMetrics.on(c, path + ".networkMetrics"));
		}
		return all.and(Conditions.nested(this.AND, this.OR, path, (filter, at) -> filter.on(c, codes, nutsVersion, at)));
	}

	private static Node ecosystem(String id) {
		return Cypher.node("Ecosystem").withProperties("id", Cypher.anonParameter(id));
	}

}
