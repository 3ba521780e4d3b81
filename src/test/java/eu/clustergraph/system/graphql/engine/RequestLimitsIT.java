package eu.clustergraph.system.graphql.engine;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import eu.clustergraph.support.EmbeddedGraph;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLimitsIT extends EmbeddedGraph {

	private static final String TOO_DEEP = "parent { ".repeat(15) + "code" + " }".repeat(15);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DocumentLimits limits;

	@Autowired
	RequestDeadline deadline;

	@Autowired
	GraphQlSource source;

	/** The limit itself is proven by RequestDeadlineTests; a request running 30 s is too slow for this suite. */
	@Test
	void everyRequestRunsUnderTheTimeLimit() {
		assertThat(this.source.graphQl().getInstrumentation()).isInstanceOfSatisfying(ChainedInstrumentation.class,
				chained -> assertThat(chained.getInstrumentations()).contains(this.deadline));
	}

	@Test
	void aDocumentNestedDeeperThanTheLimitIsRejectedWithACodeOnEveryRequest() {
		String deep = "{ region(code: \"DE111\") { " + TOO_DEEP + " } }";
		for (int request = 0; request < 2; request++) {
			assertRefused(deep, "depth");
		}
	}

	@Test
	void aDocumentOverALimitIsTraversedOnceAndRefusedOnEveryRequest() {
		String document = aliases(150);
		long before = this.limits.checks();
		for (int request = 0; request < 3; request++) {
			assertRefused(document, "150 aliased fields");
		}
		assertThat(this.limits.checks() - before).isEqualTo(1);
	}

	@Test
	void aDocumentWithAsManyAliasesAsAllowedIsAnswered() {
		this.graphQl.document(aliases(100)).execute().errors().verify().path("a99.name").hasValue();
		assertRefused(aliases(101), "101 aliased fields");
	}

	@Test
	void aDocumentWithinTheLimitsIsTraversedOnceForAllItsRequests() {
		String document = "query CheckedOnce { about { name } }";
		long before = this.limits.checks();
		for (int request = 0; request < 3; request++) {
			this.graphQl.document(document).execute().errors().verify().path("about.name").hasValue();
		}
		assertThat(this.limits.checks() - before).isEqualTo(1);
	}

	@Test
	void aDocumentWithSkipOrIncludeIsCheckedWithEachRequestsVariables() {
		String document = "query Conditional($deep: Boolean!) { region(code: \"DE111\") { code "
				+ "... @include(if: $deep) { " + TOO_DEEP + " } } }";
		this.graphQl.document(document).variable("deep", false).execute().errors().verify().path("region.code")
			.entity(String.class)
			.isEqualTo("DE111");
		assertRefused(this.graphQl.document(document).variable("deep", true), "depth");
	}

	@Test
	void aDocumentSelectingMoreFieldsThanTheLimitIsRejectedWithACode() {
		assertRefused(aliases(1100), "complexity");
	}

	@Test
	void theIntrospectionGraphiqlSendsStaysWithinTheLimits() {
		this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute().errors().verify().path("__schema.types")
			.entityList(Object.class)
			.hasSizeGreaterThan(50);
	}

	/** A document asking for {@code about { name }} under as many aliases. */
	private static String aliases(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> "a" + i + ": about { name }")
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

	private void assertRefused(String document, String message) {
		assertRefused(this.graphQl.document(document), message);
	}

	/** Refused before it runs, with the code of a request over a limit and a message naming the limit. */
	private void assertRefused(GraphQlTester.Request<?> request, String message) {
		request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains(message);
			assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TOO_LARGE");
		}));
	}

}
