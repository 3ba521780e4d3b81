package eu.clustergraph.cluster;

import org.neo4j.driver.Value;

/** A cluster organisation; see {@code graphql/cluster.graphqls} for the fields' meaning. */
public record Cluster(String id, String name, String acronym, String description, Integer founded, String legalForm,
		Double staffFte, String excellenceLabel, String website, boolean synthetic, String source, String country,
		int memberCount, int companyCount) {

	public static Cluster from(Value node) {
		return new Cluster(node.get("id").asString(), node.get("name").asString(), node.get("acronym").asString(null),
				node.get("description").asString(null), node.get("founded").computeOrDefault(Value::asInt, null),
				node.get("legalForm").asString(null), node.get("staffFte").computeOrDefault(Value::asDouble, null),
				node.get("excellenceLabel").asString("NONE"), node.get("website").asString(null),
				node.get("synthetic").asBoolean(false), node.get("source").asString(null),
				node.get("country").asString(""), node.get("memberCount").asInt(0), node.get("companyCount").asInt(0));
	}

}
