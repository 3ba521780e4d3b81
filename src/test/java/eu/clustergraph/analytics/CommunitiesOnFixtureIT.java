package eu.clustergraph.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Communities on the hand-written fixture at minimum strength 0 (every tie): the modularity of the partition Louvain
 * finds against NetworkX's for that partition ({@code fixtures/analytics/small-graph-metrics.py} lists all 52), and a
 * community pulled as a subgraph and as a file.
 */
class CommunitiesOnFixtureIT extends FixtureGraph {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private NetworkAnalytics analytics;

	@BeforeEach
	void computeOnEveryTie() {
		this.analytics.compute(0.0);
	}

	@AfterEach
	void backToTheDefault() {
		this.analytics.compute();
	}

	@Test
	void theModularityIsNetworkXsForThePartitionFoundAndTheCommunitiesCoverEveryCluster() throws IOException {
		Map<Long, TreeSet<String>> partition = partition();
		String key = partition.values().stream().map(block -> String.join(",", block)).sorted()
			.collect(Collectors.joining("|"));
		double expected = expected().get("modularity").get(key).asDouble();

		var response = this.graphQl.document("{ communities { modularity count minStrength communities { id size "
				+ "internalTies crossBorderShare modularity dominantCountries { id clusters share } } } }")
			.execute();
		response.errors().verify();
		assertThat(response.path("communities.modularity").entity(Double.class).get()).as(key)
			.isCloseTo(expected, within(1e-9));
		response.path("communities.count").entity(Integer.class).isEqualTo(partition.size());
		response.path("communities.minStrength").entity(Double.class).isEqualTo(0.0);
		List<Long> ids = response.path("communities.communities[*].id").entityList(Long.class).get();
		List<Integer> sizes = response.path("communities.communities[*].size").entityList(Integer.class).get();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(partition.keySet());
		for (int i = 0; i < ids.size(); i++) {
			assertThat(sizes.get(i)).isEqualTo(partition.get(ids.get(i)).size());
		}
		assertThat(sizes).isSortedAccordingTo((a, b) -> b - a);
		// internal ties, their cross-border share and the countries, from the fixture's header for the partition found
		for (int i = 0; i < ids.size(); i++) {
			TreeSet<String> block = partition.get(ids.get(i));
			List<String[]> internal = TIES.stream().filter(tie -> block.contains(tie[0]) && block.contains(tie[1])).toList();
			String at = "communities.communities[" + i + "].";
			response.path(at + "internalTies").entity(Integer.class).isEqualTo(internal.size());
			Double crossBorder = internal.isEmpty() ? null
					: internal.stream().filter(tie -> !COUNTRY.get(tie[0]).equals(COUNTRY.get(tie[1]))).count()
							/ (double) internal.size();
			assertThat(response.path(at + "crossBorderShare").entity(Double.class).get()).isEqualTo(crossBorder);
			Map<String, Long> countries = block.stream().collect(Collectors.groupingBy(COUNTRY::get, Collectors.counting()));
			long most = countries.values().stream().mapToLong(Long::longValue).max().orElseThrow();
			String top = countries.entrySet().stream().filter(entry -> entry.getValue() == most).map(Map.Entry::getKey)
				.sorted().findFirst().orElseThrow();
			response.path(at + "dominantCountries[0].id").entity(String.class).isEqualTo(top);
			assertThat(response.path(at + "dominantCountries[0].share").entity(Double.class).get())
				.isCloseTo(most / (double) block.size(), within(1e-12));
		}
	}

	/** The fixture's ties (its header) and seat countries. */
	private static final List<String[]> TIES = List.of(new String[] { "FX-C1", "FX-C2" },
			new String[] { "FX-C1", "FX-C3" }, new String[] { "FX-C1", "FX-C4" }, new String[] { "FX-C2", "FX-C4" },
			new String[] { "FX-C4", "FX-C5" });

	private static final Map<String, String> COUNTRY = Map.of("FX-C1", "DE", "FX-C2", "DE", "FX-C3", "DE", "FX-C4",
			"FR", "FX-C5", "ES");

	@Test
	void aCommunityIsPulledAsASubgraphAndAsAFile(@Autowired WebTestClient http) {
		Map<Long, TreeSet<String>> partition = partition();
		long community = partition.entrySet().stream().filter(entry -> entry.getValue().contains("FX-C4"))
			.findFirst().orElseThrow().getKey();
		var response = this.graphQl.document("query($community: Int) { subgraph(community: $community, depth: 0, "
				+ "relationshipTypes: [\"TIED_WITH\"], minStrength: 0.01) { nodes { id } edges { source target } } }")
			.variable("community", community)
			.execute();
		response.errors().verify();
		assertThat(response.path("subgraph.nodes[*].id").entityList(String.class).get())
			.containsExactlyInAnyOrderElementsOf(partition.get(community).stream().map(id -> "Cluster:" + id).toList());
		TreeSet<String> block = partition.get(community);
		response.path("subgraph.edges").entityList(Object.class).hasSize((int) TIES.stream()
			.filter(tie -> block.contains(tie[0]) && block.contains(tie[1]))
			.count());

		String gexf = http.get()
			.uri("/export/subgraph.gexf?community=" + community + "&depth=0&relationshipTypes=TIED_WITH&minStrength=0.01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		block.forEach(id -> assertThat(gexf).contains("Cluster:" + id + "\""));

		this.graphQl.document("{ subgraph(community: 987654) { nodes { id } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "community")));
	}

	private Map<Long, TreeSet<String>> partition() {
		Map<Long, TreeSet<String>> partition = new TreeMap<>();
		this.driver.executableQuery("MATCH (c:Cluster) RETURN c.id AS id, c.networkCommunity AS community")
			.execute()
			.records()
			.forEach(row -> partition.computeIfAbsent(row.get("community").asLong(), community -> new TreeSet<>())
				.add(row.get("id").asString()));
		return partition;
	}

	private JsonNode expected() throws IOException {
		try (InputStream json = getClass().getResourceAsStream("/fixtures/analytics/small-graph-metrics.json")) {
			return JsonMapper.builder().build().readTree(json);
		}
	}

}
