package eu.clustergraph.region;

import java.util.List;

import eu.clustergraph.system.query.Child;
import eu.clustergraph.system.query.Projection;
import eu.clustergraph.system.query.Shape;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

import org.neo4j.driver.Value;

/** A NUTS region of one NUTS version; see {@code graphql/region.graphqls} for the fields' meaning. */
public record Region(String code, int version, int level, String country, String name, String nameNational,
		boolean eu, Double lon, Double lat, Integer mountainType, Integer urbanType, Integer coastalType) {

	/** How a region reads in the statement of a parent that selects it. */
	public static final Shape<Region> SHAPE = Shape
		.of("Region", List.of("code"), List.of("version", "level", "country", "name", "nameNational", "eu", "lon", "lat",
				"mountainType", "urbanType", "coastalType"), Region::from)
		.withBatchKeys(List.of("version"));

	/** A to-one child: the region a node is {@code LOCATED_IN}, projected as selected. */
	public static Child locatedIn(String field) {
		return Child.one(field, (scope, selection) -> {
			Node region = scope.fresh("Region");
			return Projection.first(Cypher.listBasedOn(scope.node().relationshipTo(region, "LOCATED_IN"))
				.returning(scope.project(SHAPE, region, selection)));
		}, SHAPE::map);
	}

	/** From a node, or from a map projection that holds the selected properties only. */
	public static Region from(Value node) {
		return new Region(node.get("code").asString(), node.get("version").asInt(0), node.get("level").asInt(0),
				node.get("country").asString(null), node.get("name").asString(null), node.get("nameNational").asString(null),
				node.get("eu").asBoolean(false), node.get("lon").computeOrDefault(Value::asDouble, null),
				node.get("lat").computeOrDefault(Value::asDouble, null),
				node.get("mountainType").computeOrDefault(Value::asInt, null),
				node.get("urbanType").computeOrDefault(Value::asInt, null),
				node.get("coastalType").computeOrDefault(Value::asInt, null));
	}

	RegionKey key() {
		return new RegionKey(this.code, this.version);
	}

	/** A region's identity: codes repeat across NUTS versions. */
	record RegionKey(String code, int version) {
	}

}
