package eu.clustergraph.company;

import eu.clustergraph.system.query.Prefetched;

import org.neo4j.driver.Value;

/** A member company; see {@code graphql/company.graphqls} for the fields' meaning. */
public record Company(String id, String name, String legalForm, String sizeClass, Integer employees,
		Double turnoverEur, Integer founded, Boolean isSme, Double lon, Double lat, boolean synthetic, String country,
		Prefetched prefetched) {

	/** From a node, or from a map projection that holds the selected properties only. */
	public static Company from(Value node) {
		return new Company(node.get("id").asString(), node.get("name").asString(null), node.get("legalForm").asString(null),
				node.get("sizeClass").asString(null), node.get("employees").computeOrDefault(Value::asInt, null),
				node.get("turnoverEur").computeOrDefault(Value::asDouble, null),
				node.get("founded").computeOrDefault(Value::asInt, null),
				node.get("isSme").computeOrDefault(Value::asBoolean, null),
				node.get("lon").computeOrDefault(Value::asDouble, null),
				node.get("lat").computeOrDefault(Value::asDouble, null), node.get("synthetic").asBoolean(false),
				node.get("country").asString(""), Prefetched.NONE);
	}

	/** This company with the children its statement read. */
	Company with(Prefetched children) {
		return new Company(this.id, this.name, this.legalForm, this.sizeClass, this.employees, this.turnoverEur,
				this.founded, this.isSme, this.lon, this.lat, this.synthetic, this.country, children);
	}

}
