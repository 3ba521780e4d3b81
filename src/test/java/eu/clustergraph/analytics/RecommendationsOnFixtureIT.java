package eu.clustergraph.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Similar clusters and suggested partners on the hand-written fixture: similarity worked out by hand from its header,
 * link prediction against NetworkX ({@code fixtures/analytics/small-graph-metrics.py}).
 */
class RecommendationsOnFixtureIT extends FixtureGraph {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private NetworkAnalytics analytics;

	@BeforeEach
	void computeAtTheDefaultStrength() {
		this.analytics.compute();
	}

	/**
	 * FX-C1's profile: MOB 1, ELEC 0.5, BAT-3 1, divisions 27, 29 and 62 a third each (three member companies).
	 * FX-C2: MOB 1, BAT-4 1, division 27 1. Weighted Jaccard: min sums to 1 + 1/3, max to 1 + 0.5 + 1 + 1 + 1 + 2/3,
	 * so 4/3 / 31/6 = 8/31. FX-C4 (REN 1, BAT-3 1, 27 1) scores the same, through BAT-3 and 27; FX-C3 (DIGI 1, 62 1)
	 * 1/3 / 31/6 = 2/31; FX-C5 (HLTH, 21) shares nothing and is not listed.
	 */
	@Test
	void similarClustersScoreTheWeightedJaccardOfTheirProfilesWithTheSharedFacts() {
		var response = this.graphQl.document("{ similarClusters(id: \"FX-C1\") { cluster { id } score "
				+ "sharedEcosystems { id } sharedStages { id } sharedActivities { code } } }")
			.execute();
		response.errors().verify();
		response.path("similarClusters[*].cluster.id").entityList(String.class).containsExactly("FX-C2", "FX-C4", "FX-C3");
		List<Double> scores = response.path("similarClusters[*].score").entityList(Double.class).get();
		assertThat(scores.get(0)).isCloseTo(8.0 / 31, within(1e-9));
		assertThat(scores.get(1)).isCloseTo(8.0 / 31, within(1e-9));
		assertThat(scores.get(2)).isCloseTo(2.0 / 31, within(1e-9));
		response.path("similarClusters[0].sharedEcosystems[*].id").entityList(String.class).containsExactly("MOB");
		response.path("similarClusters[0].sharedStages").entityList(Object.class).hasSize(0);
		response.path("similarClusters[0].sharedActivities[*].code").entityList(String.class).containsExactly("27");
		response.path("similarClusters[1].sharedEcosystems").entityList(Object.class).hasSize(0);
		response.path("similarClusters[1].sharedStages[*].id").entityList(String.class).containsExactly("BAT-3");
		response.path("similarClusters[2].sharedActivities[*].code").entityList(String.class).containsExactly("62");

		this.graphQl.document("{ similarClusters(id: \"FX-C1\", k: 1) { cluster { id } } }")
			.execute()
			.path("similarClusters[*].cluster.id")
			.entityList(String.class)
			.containsExactly("FX-C2");
	}

	@Test
	void suggestedPartnersScoreMatchesNetworkXLinkPrediction() throws IOException {
		JsonNode expected;
		try (InputStream json = getClass().getResourceAsStream("/fixtures/analytics/small-graph-metrics.json")) {
			expected = JsonMapper.builder().build().readTree(json);
		}
		double minStrength = expected.get("partnersMinStrength").asDouble();
		for (Map.Entry<String, JsonNode> source : expected.get("partners").properties()) {
			var response = this.graphQl.document("query($id: ID!, $min: Float) { suggestedPartners(id: $id, "
					+ "minStrength: $min) { cluster { id } score commonNeighbours adamicAdar resourceAllocation } }")
				.variable("id", source.getKey())
				.variable("min", minStrength)
				.execute();
			response.errors().verify();
			List<String> ids = response.path("suggestedPartners[*].cluster.id").entityList(String.class).get();
			assertThat(ids).as(source.getKey()).containsExactlyInAnyOrderElementsOf(
					source.getValue().propertyNames());
			for (int i = 0; i < ids.size(); i++) {
				JsonNode parts = source.getValue().get(ids.get(i));
				String at = "suggestedPartners[" + i + "].";
				assertThat(response.path(at + "commonNeighbours").entity(Integer.class).get())
					.isEqualTo(parts.get("commonNeighbours").asInt());
				double adamicAdar = response.path(at + "adamicAdar").entity(Double.class).get();
				double resourceAllocation = response.path(at + "resourceAllocation").entity(Double.class).get();
				assertThat(adamicAdar).isCloseTo(parts.get("adamicAdar").asDouble(), within(1e-9));
				assertThat(resourceAllocation).isCloseTo(parts.get("resourceAllocation").asDouble(), within(1e-9));
				// the documented combination of NetworkX's parts (one common neighbour here)
				assertThat(response.path(at + "score").entity(Double.class).get()).isCloseTo(
						(parts.get("commonNeighbours").asDouble() + parts.get("adamicAdar").asDouble()
								+ parts.get("resourceAllocation").asDouble()) / 3, within(1e-9));
			}
		}
	}

	/**
	 * At the default 0.6, FX-C2 is tied only to FX-C4, which is tied to FX-C1 and FX-C5: both are candidates through
	 * it. In the battery chain FX-C2 makes BAT-4, which BAT-3 feeds: FX-C1 (BAT-3) stays, FX-C5 (no stage) goes.
	 */
	@Test
	void aValueChainKeepsOnlyCandidatesInComplementaryStages() {
		var response = this.graphQl.document("{ all: suggestedPartners(id: \"FX-C2\") { cluster { id } through } "
				+ "battery: suggestedPartners(id: \"FX-C2\", valueChain: \"BAT\") { cluster { id } complementaryStages { id } } }")
			.execute();
		response.errors().verify();
		response.path("all[*].cluster.id").entityList(String.class).containsExactly("FX-C1", "FX-C5");
		response.path("all[0].through").entityList(String.class).containsExactly("FX-C4");
		response.path("battery[*].cluster.id").entityList(String.class).containsExactly("FX-C1");
		response.path("battery[0].complementaryStages[*].id").entityList(String.class).containsExactly("BAT-3");
	}

	@Test
	void anUnknownClusterOrValueChainIsAnErrorNamingTheArgument() {
		this.graphQl.document("{ similarClusters(id: \"NOPE\") { score } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("NOPE").contains("id")));
		this.graphQl.document("{ suggestedPartners(id: \"FX-C2\", valueChain: \"NOPE\") { score } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "valueChain")));
		this.graphQl.document("{ similarClusters(id: \"FX-C1\", k: 21) { score } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "k")));
	}

}
