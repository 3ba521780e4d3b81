package eu.clustergraph.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.graphql.paging.ChildPages;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import eu.clustergraph.system.query.Lists;
import eu.clustergraph.system.neo4j.GraphDataScience;
import eu.clustergraph.system.query.Prefetched;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The cluster controller alone, over a mocked query layer: arguments, sorts, and children batched per level. */
@GraphQlTest(ClusterController.class)
@EnableConfigurationProperties(ClusterGraphProperties.class)
class ClusterControllerTests {

	private static final Cluster ALPHA = cluster("CL1", "Alpha", 12);

	private static final Cluster BETA = cluster("CL2", "Beta", 7);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	ClusterQueries queries;

	@MockitoBean
	Lists lists;

	@MockitoBean
	ReferenceCodes codes;

	@MockitoBean
	ChildPages childPages;

	@MockitoBean
	GraphDataScience gds;

	@Test
	void aLookupGoesToTheClusterListAndAnswersFromItsRow() {
		when(this.lists.lookup(eq(ClusterShape.LIST), any(), any())).thenReturn(Optional.of(ALPHA));
		this.graphQl.document("{ cluster(id: \" CL1 \") { id name memberCount } }")
			.execute()
			.path("cluster.name")
			.entity(String.class)
			.isEqualTo("Alpha")
			.path("cluster.memberCount")
			.entity(Integer.class)
			.isEqualTo(12);
	}

	@Test
	void aSortArgumentBecomesItsSortKeyAndACountAloneReadsNoRows() {
		ArgumentCaptor<PageRequest> page = ArgumentCaptor.forClass(PageRequest.class);
		when(this.lists.page(eq(ClusterShape.LIST), any(), eq(ClusterSort.MEMBER_COUNT_DESC.key), page.capture(), any()))
			.thenAnswer(call -> Connection.fetch(call.getArgument(3), (after, limit) -> List.of(), Cluster::id, () -> 35));
		this.graphQl.document("{ clusters(sort: MEMBER_COUNT_DESC, first: 50) { totalCount } }")
			.execute()
			.path("clusters.totalCount")
			.entity(Long.class)
			.isEqualTo(35L);
		assertThat(page.getValue()).isEqualTo(new PageRequest(50, null, false));
	}

	@Test
	void aCursorThisApiDidNotIssueIsRejectedBeforeAnyRead() {
		this.graphQl.document("{ clusters(after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "after")));
		verifyNoInteractions(this.lists);
	}

	@Test
	void childrenTheStatementDidNotReadAreBatchedForTheWholePage() {
		when(this.lists.page(any(), any(), any(), any(), any()))
			.thenAnswer(call -> Connection.of(List.of(ALPHA, BETA), call.getArgument(3), Cluster::id, () -> 2));
		Region stuttgart = new Region("DE111", 2021, 3, "DE", "Stuttgart", "Stuttgart", true, null, null, null, null,
				null);
		when(this.queries.regions(anyList())).thenReturn(Map.of("CL1", List.of(stuttgart)));
		when(this.queries.agreements(anyList())).thenReturn(Map.of("CL1",
				List.of(new ClusterQueries.Agreement(BETA, "MOU", 2019, true))));
		var response = this.graphQl.document("{ clusters { nodes { id region { code } agreements { kind "
				+ "cluster { id } } } } }").execute();
		response.errors().verify();
		response.path("clusters.nodes[0].region.code").entity(String.class).isEqualTo("DE111");
		// a cluster the batch has no row for has no region, and no agreements
		response.path("clusters.nodes[1].region").valueIsNull();
		response.path("clusters.nodes[0].agreements[0].cluster.id").entity(String.class).isEqualTo("CL2");
		response.path("clusters.nodes[1].agreements").entityList(Object.class).hasSize(0);
		verify(this.queries, times(1)).regions(List.of("CL1", "CL2"));
		verify(this.queries, times(1)).agreements(List.of("CL1", "CL2"));
	}

	private static Cluster cluster(String id, String name, int members) {
		return new Cluster(id, name, null, null, 2010, null, null, "NONE", null, true, null, "DE", members, members,
				0, null, Prefetched.NONE);
	}

}
