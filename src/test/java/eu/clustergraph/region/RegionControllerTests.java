package eu.clustergraph.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.region.Region.RegionKey;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.graphql.paging.Connection;
import eu.clustergraph.system.graphql.paging.PageRequest;
import eu.clustergraph.system.query.Lists;
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

/** The region controller alone, over a mocked query layer: how it reads its arguments and batches its children. */
@GraphQlTest(RegionController.class)
@EnableConfigurationProperties(ClusterGraphProperties.class)
class RegionControllerTests {

	private static final Region STUTTGART = region("DE111", 3, "Stuttgart, Stadtkreis");

	private static final Region BOEBLINGEN = region("DE112", 3, "Böblingen");

	private static final Region STUTTGART_AREA = region("DE11", 2, "Stuttgart");

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	RegionQueries queries;

	@MockitoBean
	Lists lists;

	@MockitoBean
	ReferenceCodes codes;

	@Test
	void aCodeIsLookedUpTrimmedAndInCapitalsInTheDefaultVersion() {
		when(this.queries.byCode("DE111", 2021)).thenReturn(Optional.of(STUTTGART));
		this.graphQl.document("{ region(code: \" de111 \") { code name level } }")
			.execute()
			.path("region.name")
			.entity(String.class)
			.isEqualTo("Stuttgart, Stadtkreis");
		verify(this.queries).byCode("DE111", 2021);
	}

	@Test
	void anUnknownCodeIsNullNotAnError() {
		when(this.queries.byCode(any(), eq(2024))).thenReturn(Optional.empty());
		this.graphQl.document("{ region(code: \"XX999\", version: 2024) { code } }")
			.execute()
			.errors()
			.verify()
			.path("region")
			.valueIsNull();
	}

	@Test
	void aVersionOtherThan2021Or2024IsRejectedNamingTheArgument() {
		this.graphQl.document("{ regions(version: 2016) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("version", "2016");
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "version");
			}));
		verifyNoInteractions(this.lists);
	}

	@Test
	void aPageSizeOverTheLimitIsRejectedBeforeAnyRead() {
		this.graphQl.document("{ regions(first: 500) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "first")));
		verifyNoInteractions(this.lists);
	}

	@Test
	void aPageAsksTheListForItsSortAndSizeAndRendersTheConnection() {
		ArgumentCaptor<PageRequest> page = ArgumentCaptor.forClass(PageRequest.class);
		when(this.lists.page(eq(RegionController.LIST), any(), eq(RegionSort.NAME.key), page.capture(), any()))
			.thenAnswer(call -> Connection.of(List.of(BOEBLINGEN, STUTTGART), call.getArgument(3), Region::code, () -> 7));
		var response = this.graphQl.document("{ regions(sort: NAME, first: 1) { totalCount pageInfo { hasNextPage } "
				+ "nodes { code } } }").execute();
		response.path("regions.nodes[*].code").entityList(String.class).containsExactly("DE112");
		response.path("regions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("regions.totalCount").entity(Long.class).isEqualTo(7L);
		assertThat(page.getValue()).isEqualTo(new PageRequest(1, null, true));
	}

	@Test
	void theParentsOfAWholePageAreAskedForInOneBatch() {
		when(this.lists.page(any(), any(), any(), any(), any()))
			.thenAnswer(call -> Connection.of(List.of(STUTTGART, BOEBLINGEN), call.getArgument(3), Region::code, () -> 2));
		when(this.queries.parents(anyList())).thenReturn(Map.of(STUTTGART.key(), List.of(STUTTGART_AREA),
				BOEBLINGEN.key(), List.of(STUTTGART_AREA)));
		this.graphQl.document("{ regions { nodes { code parent { code } } } }")
			.execute()
			.path("regions.nodes[*].parent.code")
			.entityList(String.class)
			.containsExactly("DE11", "DE11");
		verify(this.queries, times(1)).parents(List.of(new RegionKey("DE111", 2021), new RegionKey("DE112", 2021)));
	}

	private static Region region(String code, int level, String name) {
		return new Region(code, 2021, level, "DE", name, name, true, null, null, null, null, null);
	}

}
