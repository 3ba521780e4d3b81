package eu.clustergraph.ecosystem;

import java.util.ArrayList;
import java.util.List;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class EcosystemGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	CypherRunner cypher;

	@Test
	void everyEcosystemPagesItsClustersInOneStatementForAll() {
		// the counts themselves are checked on the hand-written fixture (EcosystemClustersOnFixtureIT)
		long before = this.cypher.statementCount();
		var response = this.graphQl.document("{ ecosystems(first: 14) { nodes { id clusters(first: 3) { totalCount "
				+ "nodes { id ecosystems { ecosystem { id } } } } } } }").execute();
		response.errors().verify();
		// the ecosystems, their clusters, those clusters' ecosystems
		assertThat(this.cypher.statementCount() - before).isEqualTo(3);
		List<String> ids = response.path("ecosystems.nodes[*].id").entityList(String.class).hasSize(14).get();
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			String clusters = "ecosystems.nodes[" + i + "].clusters";
			long total = response.path(clusters + ".totalCount").entity(Long.class).get();
			int shown = response.path(clusters + ".nodes").entityList(Object.class).get().size();
			assertThat(shown).isEqualTo((int) Math.min(3, total));
			for (int j = 0; j < shown; j++) {
				response.path(clusters + ".nodes[" + j + "].ecosystems[*].ecosystem.id").entityList(String.class).contains(id);
			}
		}
	}

	@Test
	void anEcosystemsClustersPageOnWithoutGapsOrRepeats() {
		long total = this.graphQl.document("{ ecosystem(id: \"MOB\") { clusters { totalCount } } }").execute()
			.path("ecosystem.clusters.totalCount").entity(Long.class).get();
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.document("query($after: String) { ecosystem(id: \"MOB\") { clusters(first: 3, "
					+ "after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } }").variable("after", after).execute();
			ids.addAll(page.path("ecosystem.clusters.nodes[*].id").entityList(String.class).get());
			boolean more = page.path("ecosystem.clusters.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("ecosystem.clusters.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(total).isGreaterThan(3);
		assertThat(ids).hasSize((int) total).doesNotHaveDuplicates().isSorted();
	}

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
	void ecosystemsAreFilteredByValueChainAndByActivityAtAnyNaceLevel() {
		this.graphQl.document("{ ecosystems(filter: {valueChain: \"BAT\"}) { nodes { id } } }")
			.execute()
			.path("ecosystems.nodes[*].id")
			.entityList(String.class)
			.containsExactly("ELEC", "EII", "REN", "MOB");
		// the working map has MOB at division 29: a class below it and the section above it both find it
		for (String nace : new String[] { "29.10", "C" }) {
			this.graphQl.document("query($nace: String) { ecosystems(filter: {nace: $nace}) { nodes { id } } }")
				.variable("nace", nace)
				.execute()
				.path("ecosystems.nodes[*].id")
				.entityList(String.class)
				.contains("MOB");
		}
		this.graphQl.document("{ ecosystems(filter: {OR: [{valueChain: \"H2\"}, {name: \"tourism\"}]}) { nodes { id } } }")
			.execute()
			.path("ecosystems.nodes[*].id")
			.entityList(String.class)
			.containsExactly("EII", "REN", "MOB", "TOUR");
	}

	@Test
	void ecosystemsSortByNameAndPageOnThatOrder() {
		var first = this.graphQl
			.document("{ ecosystems(sort: NAME, first: 7) { pageInfo { endCursor } nodes { name } } }")
			.execute();
		List<String> names = new ArrayList<>(first.path("ecosystems.nodes[*].name").entityList(String.class).get());
		String cursor = first.path("ecosystems.pageInfo.endCursor").entity(String.class).get();
		names.addAll(this.graphQl
			.document("query($after: String) { ecosystems(sort: NAME, first: 7, after: $after) { nodes { name } } }")
			.variable("after", cursor)
			.execute()
			.path("ecosystems.nodes[*].name")
			.entityList(String.class)
			.get());
		assertThat(names).hasSize(14).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void anUnknownCodeInAnEcosystemFilterIsNamed() {
		this.graphQl.document("{ ecosystems(filter: {AND: [{nace: \"99.99\"}]}) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "filter.AND[0].nace")));
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
