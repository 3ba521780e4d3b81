package eu.clustergraph.activity;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** An activity's companies on the hand-written fixture; expected values from its header tables. */
class ActivityCompaniesOnFixtureIT extends FixtureGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void anActivityListsTheCompaniesOfItsCodeAndEveryCodeBelow() {
		// a section by its letter; a division, group and class by the codes below them
		Map<String, List<String>> cases = Map.of(
				"C", List.of("FX-CO1", "FX-CO2", "FX-CO3", "FX-CO5", "FX-CO6", "FX-CO7"),
				"27", List.of("FX-CO1", "FX-CO2", "FX-CO5", "FX-CO7"),
				"27.2", List.of("FX-CO1", "FX-CO2", "FX-CO7"),
				"27.20", List.of("FX-CO1", "FX-CO2", "FX-CO7"),
				"J", List.of("FX-CO4", "FX-CO8"));
		cases.forEach((code, companies) -> {
			var response = this.graphQl.document("query($code: String!) { activity(code: $code) { companies(first: 5) "
					+ "{ totalCount nodes { id } } } }").variable("code", code).execute();
			response.errors().verify();
			response.path("activity.companies.totalCount").entity(Long.class).isEqualTo((long) companies.size());
			response.path("activity.companies.nodes[*].id")
				.entityList(String.class)
				.isEqualTo(companies.subList(0, Math.min(5, companies.size())));
		});
	}

}
