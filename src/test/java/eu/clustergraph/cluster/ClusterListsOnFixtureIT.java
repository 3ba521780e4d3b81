package eu.clustergraph.cluster;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Cluster filters, sorts and members on the hand-written fixture; expected values from its header tables. */
class ClusterListsOnFixtureIT extends FixtureGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void filtersCombineWithAndAndOr() {
		// founded 2006 or later (C2 2010, C3 2015, C4 2008) and GOLD or SILVER (C1, C2, C4)
		assertIds("{ clusters(filter: { founded: { min: 2006 }, OR: [{ label: GOLD }, { label: SILVER }] }) "
				+ "{ totalCount nodes { id } } }", "FX-C2", "FX-C4");
		// seated in Germany and contributing to BAT-4
		assertIds("{ clusters(filter: { AND: [{ country: \"DE\" }, { stage: \"BAT-4\" }] }) { totalCount nodes { id } } }",
				"FX-C2");
	}

	@Test
	void aRegionHoldsTheClustersSeatedInItOrBelowLargestFirst() {
		var response = this.graphQl.documentName("clustersOfRegionWithMemberCounts").variable("region", "DE").execute();
		response.errors().verify();
		response.path("clusters.totalCount").entity(Long.class).isEqualTo(3L);
		// C1 has 4 members; C2 and C3 have 2 each, in id order
		response.path("clusters.nodes[*].id").entityList(String.class).containsExactly("FX-C1", "FX-C2", "FX-C3");
		response.path("clusters.nodes[*].memberCount").entityList(Integer.class).containsExactly(4, 2, 2);
		response.path("clusters.nodes[*].companyCount").entityList(Integer.class).containsExactly(3, 2, 2);
		response.path("clusters.nodes[*].region.parent.code").entityList(String.class)
			.containsExactly("DE11", "DE11", "DE21");
		response.path("clusters.nodes[0].ecosystems[*].ecosystem.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("MOB", "ELEC"));
		assertIds("{ clusters(filter: { region: \"DE11\" }) { totalCount nodes { id } } }", "FX-C1", "FX-C2");
	}

	@Test
	void aNaceFilterMatchesClustersWithAMemberCompanyInTheCodeOrBelow() {
		// division 27: CO1 (C1, C2), CO2 (C2), CO5 and CO7 (C4)
		assertIds("{ clusters(filter: { nace: \"27\" }) { totalCount nodes { id } } }", "FX-C1", "FX-C2", "FX-C4");
		// section C: also CO3 (C1) and CO6 (C5)
		assertIds("{ clusters(filter: { nace: \"C\" }) { totalCount nodes { id } } }", "FX-C1", "FX-C2", "FX-C4",
				"FX-C5");
		// 62.01 and 62.02: CO4 (C3), CO8 (C1, C3)
		assertIds("{ clusters(filter: { nace: \"62.0\" }) { totalCount nodes { id } } }", "FX-C1", "FX-C3");
	}

	@Test
	void valueChainStageAndEcosystemFiltersFollowTheirRelationships() {
		assertIds("{ clusters(filter: { valueChain: \"BAT\" }) { totalCount nodes { id } } }", "FX-C1", "FX-C2",
				"FX-C4");
		assertIds("{ clusters(filter: { stage: \"BAT-3\" }) { totalCount nodes { id } } }", "FX-C1", "FX-C4");
		assertIds("{ clusters(filter: { ecosystem: \"ELEC\" }) { totalCount nodes { id } } }", "FX-C1");
		assertIds("{ clusters(filter: { primaryEcosystem: \"ELEC\" }) { totalCount nodes { id } } }");
		assertIds("{ clusters(filter: { memberCount: { min: 2, max: 2 } }) { totalCount nodes { id } } }", "FX-C2",
				"FX-C3", "FX-C4");
	}

	@Test
	void anIdsFilterFetchesABatchOfKnownClustersAndIgnoresUnknownIds() {
		assertIds("{ clusters(filter: { ids: [\"FX-C4\", \"FX-C1\", \"FX-NONE\"] }) { totalCount nodes { id } } }",
				"FX-C1", "FX-C4");
		assertIds("{ clusters(filter: { ids: [\"FX-C2\", \"FX-C3\"], country: \"DE\" }) { totalCount nodes { id } } }",
				"FX-C2", "FX-C3");
		String tooMany = String.join(",", java.util.Collections.nCopies(101, "\"FX-C1\""));
		this.graphQl.document("{ clusters(filter: { ids: [" + tooMany + "] }) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "filter.ids")));
	}

	@Test
	void sortsOrderByTheirPropertyAndPageOnAcrossPages() {
		var first = this.graphQl.document("{ clusters(sort: FOUNDED_DESC, first: 2) { pageInfo { hasNextPage endCursor } "
				+ "nodes { id founded } } }").execute();
		first.path("clusters.nodes[*].id").entityList(String.class).containsExactly("FX-C3", "FX-C2");
		String after = first.path("clusters.pageInfo.endCursor").entity(String.class).get();
		var rest = this.graphQl.document("query($after: String) { clusters(sort: FOUNDED_DESC, first: 10, after: $after) "
				+ "{ pageInfo { hasNextPage } nodes { id } } }").variable("after", after).execute();
		rest.path("clusters.nodes[*].id").entityList(String.class).containsExactly("FX-C4", "FX-C1", "FX-C5");
		rest.path("clusters.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		this.graphQl.document("{ clusters(sort: NAME) { nodes { id } } }").execute()
			.path("clusters.nodes[*].id").entityList(String.class)
			.containsExactly("FX-C1", "FX-C2", "FX-C4", "FX-C5", "FX-C3");
	}

	@Test
	void aClustersMembersAreCompaniesAndOrganisationsInIdOrder() {
		var response = this.graphQl.document("{ cluster(id: \"FX-C1\") { memberCount members(first: 3) { totalCount "
				+ "pageInfo { hasNextPage } nodes { __typename ... on Company { id } ... on Organisation { id } } } } }")
			.execute();
		response.errors().verify();
		response.path("cluster.members.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("cluster.members.nodes[*].id").entityList(String.class)
			.containsExactly("FX-CO1", "FX-CO3", "FX-CO8");
		response.path("cluster.members.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void aMembersEdgeShowsTheYearItJoinedAndEachKindOfMemberItsOwnFields() {
		var response = this.graphQl.document("{ cluster(id: \"FX-C1\") { members(first: 4) { edges { since synthetic "
				+ "node { __typename ... on Company { id sizeClass } ... on Organisation { id name type country } } } } } }")
			.execute();
		response.errors().verify();
		response.path("cluster.members.edges[*].node.id").entityList(String.class)
			.containsExactly("FX-CO1", "FX-CO3", "FX-CO8", "FX-O1");
		response.path("cluster.members.edges[*].node.__typename").entityList(String.class)
			.containsExactly("Company", "Company", "Company", "Organisation");
		response.path("cluster.members.edges[*].since").entityList(Integer.class).containsExactly(2020, 2020, null, 2018);
		response.path("cluster.members.edges[*].synthetic").entityList(Boolean.class)
			.containsExactly(false, false, false, false);
		response.path("cluster.members.edges[*].node.sizeClass").entityList(String.class)
			.containsExactly("SMALL", "SMALL", "MEDIUM");
		response.path("cluster.members.edges[3].node.name").entity(String.class).isEqualTo("Fixture Research Institute");
		response.path("cluster.members.edges[3].node.type").entity(String.class).isEqualTo("RESEARCH");
		response.path("cluster.members.edges[3].node.country").entity(String.class).isEqualTo("DE");
	}

	@Test
	void aClustersStagesShowTheirPlaceNameAndValueChainWhenSelected() {
		// BAT-3 in reference/value_chain_stages.csv: "Cell components and cells", third stage of BAT
		var response = this.graphQl.document("{ cluster(id: \"FX-C1\") { stages { id ordinal name valueChain { id } } "
				+ "} }").execute();
		response.errors().verify();
		response.path("cluster.stages[*].id").entityList(String.class).containsExactly("BAT-3");
		response.path("cluster.stages[0].ordinal").entity(Integer.class).isEqualTo(3);
		response.path("cluster.stages[0].name").entity(String.class).isEqualTo("Cell components and cells");
		response.path("cluster.stages[0].valueChain.id").entity(String.class).isEqualTo("BAT");
	}

	private void assertIds(String document, String... ids) {
		var response = this.graphQl.document(document).execute();
		response.errors().verify();
		response.path("clusters.totalCount").entity(Long.class).isEqualTo((long) ids.length);
		response.path("clusters.nodes[*].id").entityList(String.class).containsExactly(ids);
	}

}
