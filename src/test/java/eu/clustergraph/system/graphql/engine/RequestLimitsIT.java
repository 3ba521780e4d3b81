package eu.clustergraph.system.graphql.engine;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import eu.clustergraph.support.EmbeddedGraph;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
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
			this.graphQl.document(deep)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).containsIgnoringCase("depth");
					assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TOO_LARGE");
				}));
		}
	}

	@Test
	void aDocumentOverALimitIsTraversedOnceAndRefusedOnEveryRequest() {
		StringBuilder aliases = new StringBuilder("{");
		for (int alias = 0; alias < 150; alias++) {
			aliases.append(" a").append(alias).append(": about { name }");
		}
		String document = aliases.append(" }").toString();
		long before = this.limits.checks();
		for (int request = 0; request < 3; request++) {
			this.graphQl.document(document)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).contains("150 aliased fields");
					assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TOO_LARGE");
				}));
		}
		assertThat(this.limits.checks() - before).isEqualTo(1);
	}

	@Test
	void aDocumentWithAsManyAliasesAsAllowedIsAnswered() {
		StringBuilder aliases = new StringBuilder("{");
		for (int alias = 0; alias < 100; alias++) {
			aliases.append(" a").append(alias).append(": about { name }");
		}
		this.graphQl.document(aliases.append(" }").toString()).execute().errors().verify().path("a99.name").hasValue();
		this.graphQl.document(aliases.insert(1, " extra: about { name }").toString())
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("101 aliased fields")));
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
		this.graphQl.document(document)
			.variable("deep", true)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TOO_LARGE")));
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
