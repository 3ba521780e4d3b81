package eu.clustergraph.cluster;

import eu.clustergraph.system.query.Prefetched;

import org.neo4j.driver.Value;

/** A cluster organisation; see {@code graphql/cluster.graphqls} for the fields' meaning. */
public record Cluster(String id, String name, String acronym, String description, Integer founded, String legalForm,
		Double staffFte, String excellenceLabel, String website, boolean synthetic, String source, String country,
		int memberCount, int companyCount, int version, NetworkMetrics networkMetrics, Prefetched prefetched) {

	/** From a node, or from a map projection that holds the selected properties only. */
	public static Cluster from(Value node) {
		return new Cluster(node.get("id").asString(), node.get("name").asString(null), node.get("acronym").asString(null),
				node.get("description").asString(null), node.get("founded").computeOrDefault(Value::asInt, null),
				node.get("legalForm").asString(null), node.get("staffFte").computeOrDefault(Value::asDouble, null),
				node.get("excellenceLabel").asString("NONE"), node.get("website").asString(null),
				node.get("synthetic").asBoolean(false), node.get("source").asString(null),
				node.get("country").asString(""), node.get("memberCount").asInt(0), node.get("companyCount").asInt(0),
				node.get("version").asInt(0), NetworkMetrics.from(node), Prefetched.NONE);
	}

	/** This cluster with the children its statement read. */
	Cluster with(Prefetched children) {
		return new Cluster(this.id, this.name, this.acronym, this.description, this.founded, this.legalForm,
				this.staffFte, this.excellenceLabel, this.website, this.synthetic, this.source, this.country,
				this.memberCount, this.companyCount, this.version, this.networkMetrics, children);
	}

}
