package eu.clustergraph.system.graphql.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import eu.clustergraph.system.cypher.StatementDeadline;
import eu.clustergraph.system.cypher.StatementTimeoutException;
import eu.clustergraph.system.graphql.errors.GraphQlErrors;
import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request's deadline reaches the Cypher reads of its data fetchers and batch loaders through Spring GraphQL's
 * context propagation, and a read stopped at it ends as the request's one {@code TIMEOUT} error.
 */
class RequestDeadlinePropagationTests {

	private static final String SDL = """
			type Query { item(id: ID!): Item }
			type Item { id: ID, parent: Item }
			""";

	private static final Duration LIMIT = Duration.ofSeconds(30);

	private final List<Long> deadlinesSeen = new CopyOnWriteArrayList<>();

	private final StatementDeadline.Accessor deadline = new StatementDeadline.Accessor();

	@Test
	void everyFetcherAndBatchLoaderOfARequestRunsUnderItsDeadline() {
		long before = System.nanoTime();
		ExecutionGraphQlResponse response = execute(environment -> {
			this.deadlinesSeen.add(this.deadline.getValue());
			return Map.of("id", environment.getArgument("id"));
		}, false);
		long after = System.nanoTime();

		assertThat(response.getErrors()).isEmpty();
		String parentId = response.field("item.parent.id").getValue();
		assertThat(parentId).isEqualTo("parent-of-a");
		assertThat(this.deadlinesSeen).hasSize(2)
			.allSatisfy(seen -> assertThat(seen).isBetween(before + LIMIT.toNanos(), after + LIMIT.toNanos()));
		assertThat(this.deadline.getValue()).as("the request thread's deadline after the request").isNull();
	}

	@Test
	void aFetcherReadStoppedAtTheDeadlineEndsAsOneTimeoutError() {
		ExecutionGraphQlResponse response = execute(environment -> {
			throw new StatementTimeoutException("cluster/by-id", null);
		}, false);

		assertOneTimeoutError(response);
	}

	@Test
	void aBatchLoaderReadStoppedAtTheDeadlineEndsAsOneTimeoutError() {
		ExecutionGraphQlResponse response = execute(environment -> Map.of("id", environment.getArgument("id")), true);

		assertOneTimeoutError(response);
	}

	private static void assertOneTimeoutError(ExecutionGraphQlResponse response) {
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("time limit of PT30S").contains("clustergraph.graphql.timeout");
			assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
		});
	}

	/** Runs {@code item(id: "a") { parent { id } } }, whose parents come from a batch loader. */
	private ExecutionGraphQlResponse execute(DataFetcher<?> item, boolean parentsTimeOut) {
		DefaultBatchLoaderRegistry loaders = new DefaultBatchLoaderRegistry();
		loaders.forTypePair(String.class, Map.class).withName("parent").registerMappedBatchLoader((ids, environment) -> {
			this.deadlinesSeen.add(this.deadline.getValue());
			if (parentsTimeOut) {
				throw new StatementTimeoutException("cluster/parents", null);
			}
			return Mono.just(Map.of("a", Map.of("id", "parent-of-a")));
		});
		GraphQlSource source = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource(SDL.getBytes(StandardCharsets.UTF_8)))
			.configureRuntimeWiring(wiring -> wiring.type("Query", type -> type.dataFetcher("item", item))
				.type("Item", type -> type.dataFetcher("parent", environment -> environment.getDataLoader("parent")
					.load(((Map<?, ?>) environment.getSource()).get("id")))))
			.exceptionResolvers(List.of(new GraphQlErrors()))
			.instrumentation(List.of(new RequestDeadline(LIMIT)))
			.build();
		DefaultExecutionGraphQlService service = new DefaultExecutionGraphQlService(source);
		service.addDataLoaderRegistrar(loaders);
		return service.execute(new DefaultExecutionGraphQlRequest("{ item(id: \"a\") { parent { id } } }", null, null,
				null, "1", null))
			.block();
	}

}
