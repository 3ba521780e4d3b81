package eu.clustergraph.ecosystem;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class EcosystemGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theFourteenEcosystemsComeInOfficialOrderWithTheirWorkingMap() {
		var response = this.graphQl.documentName("ecosystemsWithWorkingMap").execute();
		response.errors().verify();
		response.path("ecosystems.totalCount").entity(Integer.class).isEqualTo(14);
		response.path("ecosystems.nodes[*].ordinal")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
		response.path("ecosystems.nodes[0].id").entity(String.class).isEqualTo("AERO");
		response.path("ecosystems.nodes[*].activities[*].basis")
			.entityList(String.class)
			.hasSize(114)
			.satisfies(bases -> assertThat(bases).allMatch(basis -> basis.contains("working approximation")));
	}

	@Test
	void pagesOfEcosystemsContinueAfterTheirCursor() {
		var first = this.graphQl.document("{ ecosystems(first: 5) { pageInfo { endCursor hasNextPage } nodes { ordinal } } }")
			.execute();
		first.path("ecosystems.nodes[*].ordinal").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5);
		String cursor = first.path("ecosystems.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document("query($after: String) { ecosystems(first: 5, after: $after) { pageInfo { hasPreviousPage } nodes { ordinal } } }")
			.variable("after", cursor)
			.execute()
			.path("ecosystems.nodes[*].ordinal")
			.entityList(Integer.class)
			.containsExactly(6, 7, 8, 9, 10)
			.path("ecosystems.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void anEcosystemIsFoundByItsIdInAnyCase() {
		this.graphQl.document("{ ecosystem(id: \"mob\") { name } }")
			.execute()
			.path("ecosystem.name")
			.entity(String.class)
			.isEqualTo("Mobility - Transport - Automotive");
	}

}
