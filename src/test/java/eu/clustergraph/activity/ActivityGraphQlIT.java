package eu.clustergraph.activity;

import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void anActivityListsTheCompaniesOfItsCodeAndEveryCodeBelow() {
		// a section by its letter, and a division, group and class by their prefix, as the company filter reads them
		Map<String, String> cases = Map.of("C", "c.naceSection = $code", "27", "c.nace STARTS WITH $code", "27.2",
				"c.nace STARTS WITH $code", "27.20", "c.nace = $code");
		cases.forEach((code, predicate) -> {
			var expected = this.driver.executableQuery("MATCH (c:Company) WHERE " + predicate
					+ " WITH c ORDER BY c.id RETURN count(c) AS n, collect(c.id)[..5] AS first")
				.withParameters(Map.of("code", code))
				.execute()
				.records()
				.get(0);
			var response = this.graphQl.document("query($code: String!) { activity(code: $code) { companies(first: 5) "
					+ "{ totalCount nodes { id } } } }").variable("code", code).execute();
			response.errors().verify();
			response.path("activity.companies.totalCount").entity(Long.class).isEqualTo(expected.get("n").asLong());
			response.path("activity.companies.nodes[*].id")
				.entityList(String.class)
				.isEqualTo(expected.get("first").asList(value -> value.asString()));
		});
	}

	@Test
	void aClassKnowsItsGroupDivisionSectionNotesAndEcosystems() {
		var response = this.graphQl.documentName("activityWithNotesAndEcosystems").variable("code", "27.20").execute();
		response.errors().verify();
		response.path("activity.name").entity(String.class).isEqualTo("Manufacture of batteries and accumulators");
		response.path("activity.levelName").entity(String.class).isEqualTo("class");
		response.path("activity.parent.code").entity(String.class).isEqualTo("27.2");
		response.path("activity.parent.parent.code").entity(String.class).isEqualTo("27");
		response.path("activity.parent.parent.parent.code").entity(String.class).isEqualTo("C");
		response.path("activity.notes.includes").entity(String.class)
			.satisfies(notes -> assertThat(notes).contains("lithium batteries"));
		response.path("activity.children").entityList(Object.class).hasSize(0);
	}

	@Test
	void aSectionListsItsDivisions() {
		this.graphQl.documentName("activityWithNotesAndEcosystems")
			.variable("code", "c")
			.execute()
			.path("activity.children[*].code")
			.entityList(String.class)
			.hasSize(24)
			.contains("10", "33");
	}

	@Test
	void theWorkingMapShowsItsBasisWithEveryEcosystem() {
		this.graphQl.documentName("activityWithNotesAndEcosystems")
			.variable("code", "30.3")
			.execute()
			.path("activity.ecosystems[*].ecosystem.id")
			.entityList(String.class)
			.contains("AERO")
			.path("activity.ecosystems[*].basis")
			.entityList(String.class)
			.satisfies(bases -> assertThat(bases).allMatch(basis -> basis.contains("working approximation")));
	}

}
