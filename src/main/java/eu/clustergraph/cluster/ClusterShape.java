package eu.clustergraph.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clustergraph.company.CompanyShape;
import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.organisation.Organisation;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.system.graphql.paging.PageRequest;
import eu.clustergraph.system.query.Child;
import eu.clustergraph.system.query.NodeList;
import eu.clustergraph.system.query.SortKey;
import eu.clustergraph.system.query.Projection;
import eu.clustergraph.system.query.Shape;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.driver.Value;

/**
 * How a cluster reads: its properties, and the children its statement reads when they are selected (its region,
 * ecosystems and stages); the other children are batched per response level by {@link ClusterController}.
 */
public final class ClusterShape {

	static final List<String> PROPERTIES = List.of("name", "acronym", "description", "founded", "legalForm", "staffFte",
			"excellenceLabel", "website", "synthetic", "source", "country", "memberCount", "companyCount", "version");

	/**
	 * A cluster's members, one page of them, when all selections of the field ask for the same page: each as the
	 * company shape reads it, an organisation with its own keys besides, and the membership's year and origin when
	 * the edges ask for them. Pages with arguments it cannot take (past the limit, a cursor
	 * not issued here) are left to the field, which names the argument in its error.
	 */
	static final Child MEMBERS = new Child("members", ClusterShape::members, ClusterShape::memberPage);

	public static final Shape<Cluster> SHAPE = Shape.of("Cluster", List.of("id"), PROPERTIES,
			List.of(Region.locatedIn("region"),
					Child.many("ecosystems", ClusterShape::ecosystems,
							value -> new ClusterQueries.ClusterEcosystem(Ecosystem.SHAPE.map(value.get("ecosystem")),
									value.get("primary").asBoolean())),
					Stage.tiedBy("stages", "CONTRIBUTES_TO"), MEMBERS),
			(value, children) -> Cluster.from(value).with(children))
		.withField("networkMetrics", NetworkMetrics.PROPERTIES);

	/** A company's clusters, by id: a child of the company shape that this feature owns. */
	static final Child OF_COMPANY = Child.many("clusters", (scope, selection) -> {
		Node cluster = scope.fresh("Cluster");
		return Cypher.collect(Cypher.match(scope.node().relationshipTo(cluster, "MEMBER_OF"))
			.returning(scope.project(SHAPE, cluster, selection))
			.orderBy(cluster.property("id").ascending())
			.build());
	}, SHAPE::map);

	static final NodeList<Cluster> LIST = NodeList.byId("cluster", "c", SHAPE, Cluster::id);

	/** What an organisation member reads besides the keys a company member reads. */
	private static final List<String> ORGANISATION_KEYS = Organisation.SHAPE.keys()
		.stream()
		.filter(key -> !CompanyShape.SHAPE.keys().contains(key))
		.toList();

	private static Expression members(Projection.Scope scope, Projection.Selection selection) {
		Map<String, Object> arguments = selection.arguments();
		if (arguments == null) {
			return null;
		}
		PageRequest page;
		try {
			page = PageRequest.of((Integer) arguments.get("first"), (String) arguments.get("after"), null);
		}
		catch (InvalidArgumentException leftToTheField) {
			return null;
		}
		Node cluster = scope.node();
		Node member = scope.freshAny("m");
		Relationship membership = cluster.relationshipFrom(member, "MEMBER_OF")
			.named(member.getRequiredSymbolicName().getValue() + "of");
		Condition after = (page.afterKey() == null) ? Cypher.noCondition()
				: member.property("id").gt(Cypher.anonParameter(page.afterKey()));
		boolean rows = selection.has("edges") || selection.has("nodes") || selection.has("pageInfo");
		Projection.Selection edges = selection.of("edges");
		// every member read as a company is selected (an organisation's fields are a company's, bar three), and an
		// organisation's own keys besides: one CASE around the whole projection made the planner read each member's
		// id and children through nested expressions, 21 more dbHits for a page of 20
		List<Object> row = new ArrayList<>(List.of("member",
				scope.project(CompanyShape.SHAPE, member, selection.nodes()), "company", member.hasLabels("Company"),
				"organisation", Cypher.caseExpression()
					.when(member.hasLabels("Company"))
					.then(Cypher.literalNull())
					.elseDefault(member.project(ORGANISATION_KEYS.toArray()))));
		if (edges.has("since")) {
			row.addAll(List.of("since", membership.property("since")));
		}
		if (edges.has("synthetic")) {
			// a membership is real only between a real member and a real cluster
			row.addAll(List.of("synthetic", Cypher.coalesce(member.property("synthetic"), Cypher.literalFalse())
				.asCondition()
				.or(Cypher.coalesce(cluster.property("synthetic"), Cypher.literalFalse()).asCondition())));
		}
		Expression nodes = !rows ? Cypher.listOf() : Cypher.collect(Cypher.match(membership)
			.where(after)
			.returning(Cypher.mapOf(row.toArray()))
			.orderBy(member.property("id").ascending())
			.limit(Cypher.anonParameter(page.limit()))
			.build());
		Expression total = selection.has("totalCount")
				? Cypher.count(cluster.relationshipFrom(Cypher.anyNode(), "MEMBER_OF")) : Cypher.literalNull();
		return Cypher.mapOf("first", Cypher.anonParameter(page.first()), "after",
				(page.afterKey() == null) ? Cypher.literalNull() : Cypher.anonParameter(page.afterKey()), "total", total,
				"nodes", nodes);
	}

	private static Connection<Membership> memberPage(Value page) {
		int first = page.get("first").asInt();
		PageRequest request = new PageRequest(first, page.get("after").asString(null), first > 0);
		List<Membership> nodes = page.get("nodes").asList(row -> Membership.from(row, CompanyShape.SHAPE::map));
		return Connection.of(nodes, request, Membership::id, () -> page.get("total").asLong());
	}

	/** The order of a list, by id when none is asked for. */
	static SortKey sort(ClusterSort sort) {
		return ((sort == null) ? ClusterSort.ID : sort).key;
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
