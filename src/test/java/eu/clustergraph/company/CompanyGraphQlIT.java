package eu.clustergraph.company;

import java.util.List;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	CypherRunner cypher;

	@Autowired
	Driver driver;

	@Test
	void aCompanyShowsItsTiesBothWays() {
		String id = this.driver.executableQuery(
				"MATCH (a:Company)-[:SUPPLIES]->(:Company) MATCH (a)-[:COOPERATES_WITH]-() RETURN a.id AS id LIMIT 1")
			.execute().records().get(0).get("id").asString();
		var response = this.graphQl.documentName("companyWithTies").variable("id", id).execute();
		response.errors().verify();
		response.path("company.synthetic").entity(Boolean.class).isEqualTo(true);
		response.path("company.customers").entityList(Object.class).satisfies(c -> assertThat(c).isNotEmpty());
		response.path("company.cooperationPartners[*].type")
			.entityList(String.class)
			.satisfies(types -> assertThat(types).isNotEmpty().allMatch(List.of("PROJECT", "KNOWLEDGE", "SUPPLY")::contains));
		String customer = response.path("company.customers[0].company.id").entity(String.class).get();
		// the same tie seen from the customer's side
		this.graphQl.documentName("companyWithTies").variable("id", customer).execute()
			.path("company.suppliers[*].company.id").entityList(String.class).contains(id);
	}

	@Test
	void statementsDoNotGrowWithPageSize() {
		String document = "query($first: Int) { companies(first: $first) { nodes { id region { code } activity { code } "
				+ "clusters { id } cooperationPartners { company { id } } } } }";
		// the page with its region, activity and clusters is one statement; the cooperation partners are batched
		assertThat(statements(document, 10)).isEqualTo(statements(document, 100)).isEqualTo(2);
	}

	@Test
	void pagesInIdOrderAreReadFromTheIdIndexAndHoldEveryCompanyInTurn() {
		List<String> sorted = this.driver.executableQuery("MATCH (c:Company) RETURN c.id AS id")
			.execute().records().stream().map(r -> r.get("id").asString()).sorted().toList();
		String document = "query($after: String) { companies(first: 100, after: $after) { nodes { id region { code } "
				+ "clusters { id } } pageInfo { endCursor } } }";
		String after = null;
		for (int page = 0; page < 3; page++) {
			var response = this.graphQl.document(document).variable("after", after).execute();
			response.errors().verify();
			response.path("companies.nodes[*].id").entityList(String.class)
				.containsExactly(sorted.subList(page * 100, page * 100 + 100).toArray(String[]::new));
			after = response.path("companies.pageInfo.endCursor").entity(String.class).get();
		}
		// no operator sorts: the page follows the id index and stops after its rows
		var plan = this.driver.executableQuery("PROFILE " + CompanyStatementsTests.pageById().cypher())
			.withParameters(CompanyStatementsTests.pageById().parameters())
			.execute().summary().profile();
		assertThat(operators(plan)).anyMatch(op -> op.startsWith("NodeIndexScan"))
			.noneMatch(op -> op.contains("Sort") || op.contains("Top"));
	}

	private static List<String> operators(org.neo4j.driver.summary.Plan plan) {
		List<String> all = new java.util.ArrayList<>(List.of(plan.operatorType()));
		plan.children().forEach(child -> all.addAll(operators(child)));
		return all;
	}

	@Test
	void badArgumentsAreNamed() {
		this.graphQl.document("{ companies(filter: { AND: [{ region: \"XX\" }] }) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "filter.AND[0].region")));
		this.graphQl.document("{ companies(sizeClass: HUGE) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED")));
	}

	private long statements(String document, int first) {
		long before = this.cypher.statementCount();
		var response = this.graphQl.document(document).variable("first", first).execute();
		response.errors().verify();
		response.path("companies.nodes").entityList(Object.class).hasSize(first);
		return this.cypher.statementCount() - before;
	}

}
