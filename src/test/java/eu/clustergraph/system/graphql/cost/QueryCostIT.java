package eu.clustergraph.system.graphql.cost;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost limits on the service's own schema, with the requests that starved the service before they existed. */
class QueryCostIT extends EmbeddedGraph {

	private static final String GAPS = "cooperationGaps { kind score summary parts { name value } facts { name value } "
			+ "clusters { id country } stages { id } valueChain { id } ecosystem { id } region { code } country }";

	private static final String PATHS = "cooperationPaths(from: \"CL00001\", to: \"CL00002\") { strength "
			+ "hops { strength evidence { channel member { ... on Company { id } } partnership { id } } } }";

	@Autowired
	WebTestClient web;

	@Autowired
	CypherRunner cypher;

	@Test
	void tenGapFieldsInOneRequestAreRejectedBeforeAnyCypherRuns() {
		assertRejectedWithoutCypher(aliased(10, GAPS));
	}

	@Test
	void thirtyPathFieldsInOneRequestAreRejectedBeforeAnyCypherRuns() {
		assertRejectedWithoutCypher(aliased(30, PATHS));
	}

	@Test
	void aLookupSaysWhatItCostInItsExtensions() {
		// cluster 1 + region 1 + ecosystems (1 + 10 assumed x ecosystem 1) = 13
		this.web.post()
			.uri("/graphql")
			.bodyValue(Map.of("query", "{ cluster(id: \"CL00001\") { name region { name } ecosystems { ecosystem { id } } } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(13)
			.jsonPath("$.extensions.cost.limit")
			.isEqualTo(20_000);
	}

	private void assertRejectedWithoutCypher(String document) {
		long before = this.cypher.statementCount();
		this.web.post()
			.uri("/graphql")
			.bodyValue(Map.of("query", document))
			.exchange()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo(QueryCost.COST_LIMIT_EXCEEDED)
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).contains("max-per-request").contains("split it"));
		assertThat(this.cypher.statementCount()).isEqualTo(before);
	}

	private static String aliased(int times, String field) {
		return IntStream.range(0, times).mapToObj(i -> "f" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
	}

}
