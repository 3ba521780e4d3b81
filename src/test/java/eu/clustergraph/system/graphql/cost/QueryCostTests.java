package eu.clustergraph.system.graphql.cost;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost rules on a small schema, each expected cost worked out by hand in the comment above it: objects 1,
 * scalars 0, slicing arguments and assumed sizes multiply what a field selects, connections multiply their edges and
 * nodes only, {@code @cost} and {@code @listSize} override.
 */
class QueryCostTests {

	private static final String SDL = """
			directive @cost(weight: Int!) on FIELD_DEFINITION
			directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
			type Query {
			  item(id: ID): Item
			  items(first: Int = 20): ItemConnection
			  tags: [Tag!]!
			  heavy(k: Int = 3): [Item!]! @cost(weight: 500)
			  few: [Tag!]! @listSize(assumedSize: 2)
			  graph(limit: Int = 50): Graph @listSize(slicingArguments: ["limit"], sizedFields: ["nodes", "edges"])
			}
			type Item { name: String, tags: [Tag!]!, parent: Item }
			type Tag { label: String, item: Item }
			type ItemConnection { totalCount: Int!, edges: [ItemEdge!]!, nodes: [Item!]!, pageInfo: PageInfo! }
			type ItemEdge { cursor: String!, node: Item! }
			type PageInfo { hasNextPage: Boolean! }
			type Graph { nodes: [Tag!]!, edges: [Tag!]!, truncated: Boolean! }
			""";

	private final AtomicInteger fetches = new AtomicInteger();

	private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

	@Test
	void aScalarCostsNothingAndAnObjectOne() {
		// item 1 + parent 1
		assertThat(cost("{ item(id: 1) { name parent { name } } }")).isEqualTo(2);
	}

	@Test
	void aListWithoutASizeIsAssumedToHoldTheConfiguredNumberOfItems() {
		// tags 1 + 10 x item 1 = 11; item 1 + tags (1 + 10 x label 0) = 2
		assertThat(cost("{ tags { item { name } } item { tags { label } } }")).isEqualTo(13);
		// item 1 + parent 1 + tags 1
		assertThat(cost("{ item { parent { tags { label } } } }")).isEqualTo(3);
	}

	@Test
	void aConnectionMultipliesItsEdgesAndNodesByFirstButCountsItsTotalOnce() {
		// items 1 + totalCount 0 + pageInfo 1 + 5 x (edges 1 + node 1 + parent 1) = 17
		assertThat(cost("{ items(first: 5) { totalCount pageInfo { hasNextPage } edges { node { parent { name } } } } }"))
			.isEqualTo(17);
		// without first: the argument's default of 20; items 1 + 20 x nodes 1
		assertThat(cost("{ items { nodes { name } } }")).isEqualTo(21);
	}

	@Test
	void aVariableSizesTheFieldWithEachRequestsValueFromOnePlan() {
		String document = "query Page($n: Int) { items(first: $n) { nodes { name } } }";
		QueryCost cost = new QueryCost(new CostProperties(100_000, 0, 10, 50));
		assertThat(cost(cost, document, Map.of("n", 3))).isEqualTo(4);
		assertThat(cost(cost, document, Map.of("n", 50))).isEqualTo(51);
		// a variable left out: the argument's default
		assertThat(cost(cost, document, Map.of())).isEqualTo(21);
		assertThat(cost.planned()).isEqualTo(1);
	}

	@Test
	void theCostDirectiveWeighsAFieldAndTheListSizeDirectiveSizesIt() {
		// heavy 500 + 3 x parent 1
		assertThat(cost("{ heavy { parent { name } } }")).isEqualTo(503);
		// few 1 + 2 x nothing; graph 1 + 7 x (nodes 1 + edges 1) + truncated 0
		assertThat(cost("{ few { label } graph(limit: 7) { nodes { label } edges { label } truncated } }"))
			.isEqualTo(1 + 1 + 14);
	}

	@Test
	void everyAliasAndFragmentSpreadIsPaidFor() {
		// three aliases of heavy with k 1: 3 x (500 + 1 x 1)
		assertThat(cost("{ a: heavy(k: 1) { parent { name } } b: heavy(k: 1) { parent { name } } "
				+ "c: heavy(k: 1) { ...P } } fragment P on Item { parent { name } }")).isEqualTo(1503);
	}

	@Test
	void aRequestOverTheLimitIsRejectedBeforeAnyFieldIsFetched() {
		ExecutionResult result = execute(new QueryCost(new CostProperties(1_000, 0, 10, 50)),
				"{ a: heavy { parent { name } } b: heavy { parent { name } } }", Map.of(), "client");

		assertThat(this.fetches).hasValue(0);
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("costs 1,006").contains("1,000").contains("max-per-request");
			assertThat(error.getExtensions()).containsEntry("code", "COST_LIMIT_EXCEEDED").containsEntry("cost", 1006L);
		});
	}

	@Test
	void aClientOverItsBudgetIsRejectedWithWhenToRetryWhileOthersGoOn() {
		QueryCost cost = new QueryCost(new CostProperties(1_000, 1_200, 10, 50));
		String heavy = "{ heavy { name } }";

		assertThat(execute(cost, heavy, Map.of(), "first").getErrors()).isEmpty();
		assertThat(execute(cost, heavy, Map.of(), "first").getErrors()).isEmpty();
		int before = this.fetches.get();
		ExecutionResult third = execute(cost, heavy, Map.of(), "first");
		assertThat(this.fetches).hasValue(before);
		assertThat(third.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("budget of 1,200 per minute").contains("retry in");
			assertThat(error.getExtensions()).containsEntry("code", "RATE_LIMITED").containsKey("retryAfterSeconds");
		});
		assertThat(execute(cost, heavy, Map.of(), "second").getErrors()).isEmpty();
	}

	@Test
	void everyResponseSaysWhatItCostAndWhatIsLeft() {
		ExecutionResult result = execute(new QueryCost(new CostProperties(1_000, 5_000, 10, 50)), "{ heavy { name } }",
				Map.of(), "client");

		@SuppressWarnings("unchecked")
		Map<String, Object> cost = (Map<String, Object>) result.getExtensions().get("cost");
		assertThat(cost).containsEntry("requested", 500L)
			.containsEntry("limit", 1000L)
			.containsEntry("budgetLeft", 4500L);
	}

	@Test
	void introspectionCostsAFixedAmount() {
		assertThat(cost("{ __schema { types { name fields { name type { name } } } } }")).isEqualTo(50);
	}

	private long cost(String document) {
		return cost(new QueryCost(new CostProperties(100_000, 0, 10, 50)), document, Map.of());
	}

	private long cost(QueryCost cost, String document, Map<String, Object> variables) {
		ExecutionResult result = execute(cost, document, variables, "client");
		assertThat(result.getErrors()).isEmpty();
		return ((Number) ((Map<?, ?>) result.getExtensions().get("cost")).get("requested")).longValue();
	}

	private ExecutionResult execute(QueryCost cost, String document, Map<String, Object> variables, String client) {
		DataFetcher<Object> counted = environment -> {
			this.fetches.incrementAndGet();
			return null;
		};
		DataFetcher<Object> list = environment -> {
			this.fetches.incrementAndGet();
			return List.of();
		};
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type(TypeRuntimeWiring.newTypeWiring("Query")
				.dataFetcher("item", counted)
				.dataFetcher("heavy", list)
				.dataFetcher("tags", list)
				.dataFetcher("few", list))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
		ExecutionInput input = ExecutionInput.newExecutionInput(document)
			.variables(variables)
			.graphQLContext(Map.of(RequestClient.KEY, client))
			.build();
		// as the service's document cache does: the same document object for the same text
		PreparsedDocumentProvider cache = (in, parse) -> CompletableFuture
			.completedFuture(this.documents.computeIfAbsent(in.getQuery(), text -> parse.apply(in)));
		return GraphQL.newGraphQL(schema).instrumentation(cost).preparsedDocumentProvider(cache).build().execute(input);
	}

}
