package eu.clustergraph.cluster;

import java.util.List;

import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.query.Child;
import eu.clustergraph.system.query.NodeList;
import eu.clustergraph.system.query.SortKey;
import eu.clustergraph.system.query.Projection;
import eu.clustergraph.system.query.Shape;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;

/**
 * How a cluster reads: its properties, and the children its statement reads when they are selected (its region,
 * ecosystems and stages); the other children are batched per response level by {@link ClusterController}.
 */
final class ClusterShape {

	static final List<String> PROPERTIES = List.of("name", "acronym", "description", "founded", "legalForm", "staffFte",
			"excellenceLabel", "website", "synthetic", "source", "country", "memberCount", "companyCount");

	static final Shape<Cluster> SHAPE = Shape.of("Cluster", List.of("id"), PROPERTIES,
			List.of(Region.locatedIn("region"),
					Child.many("ecosystems", ClusterShape::ecosystems,
							value -> new ClusterQueries.ClusterEcosystem(Ecosystem.SHAPE.map(value.get("ecosystem")),
									value.get("primary").asBoolean())),
					Stage.tiedBy("stages", "CONTRIBUTES_TO")),
			(value, children) -> Cluster.from(value).with(children));

	/** A company's clusters, by id: a child of the company shape that this feature owns. */
	static final Child OF_COMPANY = Child.many("clusters", (scope, selection) -> {
		Node cluster = scope.fresh("Cluster");
		return Cypher.collect(Cypher.match(scope.node().relationshipTo(cluster, "MEMBER_OF"))
			.returning(scope.project(SHAPE, cluster, selection))
			.orderBy(cluster.property("id").ascending())
			.build());
	}, SHAPE::map);

	static final NodeList<Cluster> LIST = NodeList.byId("cluster", "c", SHAPE, Cluster::id);

	/** The orders of {@link ClusterSort}. */
	static SortKey sort(ClusterSort sort) {
		return switch ((sort == null) ? ClusterSort.ID : sort) {
			case ID -> SortKey.byText("id");
			case NAME -> SortKey.byText("name");
			case FOUNDED -> SortKey.byNumber("founded", false);
			case FOUNDED_DESC -> SortKey.byNumber("founded", true);
			case MEMBER_COUNT -> SortKey.byNumber("memberCount", false);
			case MEMBER_COUNT_DESC -> SortKey.byNumber("memberCount", true);
		};
	}

	private ClusterShape() {
	}

	private static Expression ecosystems(Projection.Scope scope, Projection.Selection selection) {
		Node ecosystem = scope.fresh("Ecosystem");
		Relationship in = scope.node().relationshipTo(ecosystem, "IN_ECOSYSTEM").named(ecosystem.getRequiredSymbolicName().getValue() + "in");
		Expression primary = Cypher.coalesce(in.property("primary"), Cypher.literalFalse());
		return Cypher.collect(Cypher.match(in)
			.returning(Cypher.mapOf("primary", primary, "ecosystem",
					scope.project(Ecosystem.SHAPE, ecosystem, selection.of("ecosystem"))))
			.orderBy(primary.descending(), ecosystem.property("ordinal").ascending())
			.build());
	}

}
