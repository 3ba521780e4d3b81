package eu.clustergraph.company;

import java.util.List;

import eu.clustergraph.activity.Activity;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.query.Child;
import eu.clustergraph.system.query.NodeList;
import eu.clustergraph.system.query.Projection;
import eu.clustergraph.system.query.Shape;
import eu.clustergraph.system.query.SortKey;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/**
 * How a company reads: its properties, and the children its statement reads when they are selected (its region,
 * activity and stages; the cluster feature adds its clusters); the other children are batched per response level.
 */
public final class CompanyShape {

	static final List<String> PROPERTIES = List.of("name", "legalForm", "sizeClass", "employees", "turnoverEur",
			"founded", "isSme", "lon", "lat", "synthetic", "country");

	public static final Shape<Company> SHAPE = Shape.of("Company", List.of("id"), PROPERTIES,
			List.of(Region.locatedIn("region"), Child.one("activity", (scope, selection) -> {
				Node activity = scope.fresh("Activity");
				return Projection.first(Cypher.listBasedOn(scope.node().relationshipTo(activity, "HAS_ACTIVITY"))
					.returning(scope.project(Activity.SHAPE, activity, selection)));
			}, Activity.SHAPE::map), Stage.tiedBy("stages", "ACTIVE_IN")),
			(value, children) -> Company.from(value).with(children));

	static final NodeList<Company> LIST = NodeList.byId("company", "c", SHAPE, Company::id);

	/** The order of a list, by id when none is asked for. */
	static SortKey sort(CompanySort sort) {
		return ((sort == null) ? CompanySort.ID : sort).key;
	}

	private CompanyShape() {
	}

}
