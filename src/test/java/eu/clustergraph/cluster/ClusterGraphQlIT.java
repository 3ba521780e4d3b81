package eu.clustergraph.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	CypherRunner cypher;

	@Test
	void membersArePagedPerClusterAndCountedWithoutAQuery() {
		var first = this.graphQl.document("{ cluster(id: \"CL00001\") { memberCount members(first: 7) { totalCount "
				+ "pageInfo { hasNextPage endCursor } edges { node { ... on Company { id } ... on Organisation { id } } } } } }")
			.execute();
		int memberCount = first.path("cluster.memberCount").entity(Integer.class).get();
		first.path("cluster.members.totalCount").entity(Integer.class).isEqualTo(memberCount);
		List<String> ids = new ArrayList<>(first.path("cluster.members.edges[*].node.id").entityList(String.class).get());
		String after = first.path("cluster.members.pageInfo.endCursor").entity(String.class).get();
		while (after != null) {
			var next = this.graphQl.document("query($after: String) { cluster(id: \"CL00001\") { members(first: 100, "
					+ "after: $after) { pageInfo { hasNextPage endCursor } edges { node { ... on Company { id } "
					+ "... on Organisation { id } } } } } }").variable("after", after).execute();
			ids.addAll(next.path("cluster.members.edges[*].node.id").entityList(String.class).get());
			boolean more = next.path("cluster.members.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? next.path("cluster.members.pageInfo.endCursor").entity(String.class).get() : null;
		}
		assertThat(ids).hasSize(memberCount).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void statementsDoNotGrowWithPageSize() {
		long ten = statementsFor(10);
		long all = statementsFor(100);
		// clusters with their members, the members' regions and activities: one statement, whatever the page size
		assertThat(ten).isEqualTo(all).isEqualTo(1);
	}

	@Test
	void sortedPagesContinueAfterTheirCursorWithoutGapsOrRepeats() {
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.document("query($after: String) { clusters(sort: FOUNDED_DESC, first: 8, after: $after) "
					+ "{ pageInfo { hasNextPage endCursor } nodes { id founded } } }").variable("after", after).execute();
			ids.addAll(page.path("clusters.nodes[*].id").entityList(String.class).get());
			after = page.path("clusters.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("clusters.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(ids).hasSize(35).doesNotHaveDuplicates();
	}

	@Test
	void unknownCodesInFiltersNameTheArgument() {
		// GR is no NUTS code: NUTS writes Greece EL, and a filter on GR would quietly match nothing
		for (String filter : List.of("{ region: \"ZZ99\" }", "{ ecosystem: \"NOPE\" }", "{ OR: [{ stage: \"BAT-99\" }] }",
				"{ memberCount: { min: 10, max: 5 } }", "{ country: \"GR\" }", "{ AND: [{ country: \"ZZ\" }] }")) {
			this.graphQl.document("{ clusters(filter: " + filter + ") { totalCount } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
					assertThat((String) error.getExtensions().get("argument")).startsWith("filter.");
				}));
		}
	}

	@Test
	void badPagingArgumentsAndForeignCursorsAreNamed() {
		String idCursor = this.graphQl.document("{ clusters(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("clusters.pageInfo.endCursor")
			.entity(String.class)
			.get();
		Map<String, String> cases = Map.of("clusters(first: 100000)", "first", "clusters(first: -1)", "first",
				"clusters(after: \"not-a-cursor\")", "after",
				// a cursor of the id order cannot continue the founding-year order
				"clusters(sort: FOUNDED, after: \"" + idCursor + "\")", "after",
				"cluster(id: \"CL00001\") { members(first: 500) { totalCount } } x: clusters", "first");
		cases.forEach((field, argument) -> this.graphQl.document("{ " + field + " { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).as(field).isNotEmpty().allSatisfy(error -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(error.getExtensions()).containsEntry("argument", argument);
			})));
	}

	@Test
	void anUnknownEnumInVariablesGetsACode() {
		this.graphQl.document("query($sort: ClusterSort) { clusters(sort: $sort) { totalCount } }")
			.variable("sort", "BIGGEST")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("BIGGEST");
				assertThat(error.getExtensions()).containsKey("code");
			}));
	}

	@Test
	void anUnknownClusterIsNullWithoutError() {
		this.graphQl.document("{ cluster(id: \"CL99999\") { id } }").execute().errors().verify().path("cluster").valueIsNull();
	}

	private long statementsFor(int first) {
		long before = this.cypher.statementCount();
		var response = this.graphQl.documentName("clustersWithMembersRegionsAndActivities").variable("first", first).execute();
		response.errors().verify();
		response.path("clusters.nodes").entityList(Object.class).hasSize(Math.min(first, 35));
		return this.cypher.statementCount() - before;
	}

}
