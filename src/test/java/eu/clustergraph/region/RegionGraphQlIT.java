package eu.clustergraph.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class RegionGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	CypherRunner cypher;

	@Test
	void aRegionKnowsItsParentsAndChildren() {
		var response = this.graphQl.documentName("regionWithHierarchy").variable("code", "DE11").execute();
		response.errors().verify();
		response.path("region.name").entity(String.class).isEqualTo("Stuttgart");
		response.path("region.parent.code").entity(String.class).isEqualTo("DE1");
		response.path("region.parent.parent.code").entity(String.class).isEqualTo("DE");
		response.path("region.parent.parent.parent").valueIsNull();
		response.path("region.children[*].code").entityList(String.class).hasSize(13).contains("DE111", "DE11D");
		response.path("region.lon").entity(Double.class).satisfies(lon -> assertThat(lon).isBetween(8.0, 10.5));
	}

	@Test
	void codesAreLookedUpInTheRequestedNutsVersion() {
		// NL31 (Utrecht) was split up in NUTS 2024.
		this.graphQl.documentName("regionWithHierarchy").variable("code", "NL31").execute().path("region.name")
			.entity(String.class).isEqualTo("Utrecht");
		this.graphQl.documentName("regionWithHierarchy").variable("code", "NL31").variable("version", 2024).execute()
			.path("region").valueIsNull();
	}

	@Test
	void pagingThroughACountryReturnsEveryRegionOnceInCodeOrder() {
		List<String> codes = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int total = -1;
		while (hasNext) {
			var response = this.graphQl.documentName("regionsOfCountry")
				.variable("country", "DE")
				.variable("level", 3)
				.variable("first", 100)
				.variable("after", after)
				.execute();
			total = response.path("regions.totalCount").entity(Integer.class).get();
			codes.addAll(response.path("regions.edges[*].node.code").entityList(String.class).get());
			hasNext = response.path("regions.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("regions.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(codes).hasSize(total).doesNotHaveDuplicates().isSorted();
		assertThat(total).isGreaterThan(300);
	}

	@Test
	void totalCountAloneRunsOnlyTheCountStatement() {
		long before = this.cypher.statementCount();
		this.graphQl.document("{ regions(filter: {level: 3}) { totalCount } }")
			.execute()
			.path("regions.totalCount")
			.entity(Integer.class)
			.satisfies(count -> assertThat(count).isGreaterThan(1000));
		assertThat(this.cypher.statementCount() - before).isEqualTo(1);
	}

	@Test
	void childrenAreFetchedPerLevelNotPerRegion() {
		String document = "query($first: Int) { regions(filter: {level: 1}, first: $first) { nodes { parent { code } "
				+ "children { code children { code } } } } }";
		assertThat(statementsFor(document, 5)).isEqualTo(statementsFor(document, 50)).isEqualTo(4);
	}

	@Test
	void aCountryFilterKnowsTheCountriesOfItsNutsVersion() {
		this.graphQl.document("{ regions(version: 2021, filter: {country: \"uk\", level: 0}) { nodes { code name } } }")
			.execute()
			.errors()
			.verify()
			.path("regions.nodes[*].code")
			.entityList(String.class)
			.containsExactly("UK");
	}

	@Test
	void badArgumentsAreNamedInTheError() {
		Map<String, String> badArguments = Map.of("regions(filter: {level: 7})", "filter.level",
				"regions(version: 2019)", "version", "regions(filter: {country: \"Germany\"})", "filter.country",
				// the United Kingdom left NUTS 2024
				"regions(version: 2024, filter: {country: \"UK\"})", "filter.country",
				"regions(filter: {OR: [{level: 2}, {region: \"XX9\"}]})", "filter.OR[1].region",
				"regions(filter: {urbanType: 9})", "filter.urbanType", "regions(first: -1)", "first",
				"regions(first: 100000)", "first", "regions(after: \"not-a-cursor\")", "after");
		badArguments.forEach((field, argument) -> this.graphQl.document("{ " + field + " { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).as(field).hasSize(1);
				assertThat(errors.get(0).getMessage()).as(field).contains("'" + argument + "'");
				assertThat(errors.get(0).getExtensions()).as(field)
					.containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", argument);
			}));
	}

	@Test
	void aRegionFilterCoversEverySubRegionAndCombinesWithOr() {
		List<String> below = this.graphQl
			.document("{ regions(filter: {region: \"DE1\"}, first: 100) { totalCount nodes { code } } }")
			.execute()
			.path("regions.nodes[*].code")
			.entityList(String.class)
			.get();
		assertThat(below).contains("DE1", "DE11", "DE111").allMatch(code -> code.startsWith("DE1"));
		List<String> either = this.graphQl
			.document("{ regions(filter: {level: 2, OR: [{country: \"MT\"}, {country: \"LU\"}]}) { nodes { code } } }")
			.execute()
			.path("regions.nodes[*].code")
			.entityList(String.class)
			.get();
		assertThat(either).containsExactly("LU00", "MT00");
	}

	@Test
	void regionsPageByNameWithoutGapsOrRepeats() {
		List<String> names = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			var response = this.graphQl
				.document("query($after: String) { regions(filter: {country: \"FR\", level: 2}, sort: NAME, first: 7,"
						+ " after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }")
				.variable("after", after)
				.execute();
			names.addAll(response.path("regions.nodes[*].name").entityList(String.class).get());
			hasNext = response.path("regions.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("regions.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(names).hasSizeGreaterThan(20).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void anUnknownCodeIsNullWithoutError() {
		this.graphQl.document("{ region(code: \"XX99\") { code } }").execute().errors().verify().path("region").valueIsNull();
	}

	@Test
	void invalidDocumentsGetACodeToo() {
		this.graphQl.document("{ regions(filter: {level: \"two\"}) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED")));
	}

	private long statementsFor(String document, int first) {
		long before = this.cypher.statementCount();
		GraphQlTester.Response response = this.graphQl.document(document).variable("first", first).execute();
		response.errors().verify();
		response.path("regions.nodes").entityList(Object.class).hasSize(first);
		return this.cypher.statementCount() - before;
	}

}
