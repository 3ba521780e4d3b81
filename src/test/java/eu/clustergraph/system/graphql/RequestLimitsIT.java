package eu.clustergraph.system.graphql;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import eu.clustergraph.support.EmbeddedGraph;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLimitsIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aDocumentNestedDeeperThanTheLimitIsRejectedWithACode() {
		String deep = "{ region(code: \"DE111\") { " + "parent { ".repeat(15) + "code" + " }".repeat(15) + " } }";
		this.graphQl.document(deep)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).containsIgnoringCase("depth");
				assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TOO_LARGE");
			}));
	}

	@Test
	void aDocumentSelectingMoreFieldsThanTheLimitIsRejectedWithACode() {
		String wide = IntStream.range(0, 1100)
			.mapToObj(i -> "a" + i + ": about { name }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		this.graphQl.document(wide)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).containsIgnoringCase("complexity");
				assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TOO_LARGE");
			}));
	}

	@Test
	void theIntrospectionGraphiqlSendsStaysWithinTheLimits() {
		this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute().errors().verify().path("__schema.types")
			.entityList(Object.class)
			.hasSizeGreaterThan(50);
	}

}
