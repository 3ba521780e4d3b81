package eu.clustergraph.system.graphql.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestDeadlineTests {

	private static final String SDL = """
			type Query { slow: Item, item: Item }
			type Item { name: String, child: Item! }
			""";

	private final AtomicInteger childFetches = new AtomicInteger();

	@Test
	void aRequestPastItsLimitFetchesNothingMoreAndGetsOneTimeoutError() {
		ExecutionResult result = graphQl(Duration.ofMillis(20)).execute("{ slow { name child { name } } }");

		assertThat(this.childFetches).hasValue(0);
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("time limit of PT0.02S").contains("clustergraph.graphql.timeout");
			assertThat(error.getExtensions()).containsEntry("code", "TIMEOUT");
		});
	}

	@Test
	void aRequestWithinItsLimitIsUntouched() {
		ExecutionResult result = graphQl(Duration.ofSeconds(30)).execute("{ slow { name child { name } } }");

		assertThat(result.getErrors()).isEmpty();
		assertThat(this.childFetches).hasValue(1);
		Map<String, Map<String, Object>> data = result.getData();
		assertThat(data.get("slow")).containsEntry("name", "slow");
	}

	private GraphQL graphQl(Duration limit) {
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("slow", environment -> {
				Thread.sleep(100); // a statement that runs past the limit
				return Map.of("name", "slow");
			}).dataFetcher("item", environment -> Map.of("name", "item")))
			.type("Item", type -> type.dataFetcher("child", environment -> {
				this.childFetches.incrementAndGet();
				return Map.of("name", "child");
			}))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
		return GraphQL.newGraphQL(schema).instrumentation(new RequestDeadline(limit)).build();
	}

}
