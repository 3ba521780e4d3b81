package eu.clustergraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics on the hand-written fixture's tie network against NetworkX's
 * ({@code fixtures/analytics/small-graph-metrics.py}, which writes the JSON it is compared with).
 */
class NetworkMetricsOnFixtureIT extends FixtureGraph {

	@Autowired
	private NetworkAnalytics analytics;

	@Test
	void pageRankBetweennessDegreesAndArticulationPointsMatchNetworkX() throws IOException {
		JsonNode expected;
		try (InputStream json = getClass().getResourceAsStream("/fixtures/analytics/small-graph-metrics.json")) {
			expected = JsonMapper.builder().build().readTree(json);
		}
		this.analytics.compute(expected.get("minStrength").asDouble());

		Map<String, Record> clusters = new HashMap<>();
		this.driver.executableQuery("MATCH (c:Cluster) RETURN c.id AS id, c AS c").execute().records()
			.forEach(record -> clusters.put(record.get("id").asString(), record));
		expected.get("metrics").properties().forEach(entry -> {
			var c = clusters.get(entry.getKey()).get("c");
			JsonNode metrics = entry.getValue();
			assertThat(c.get("networkPageRank").asDouble()).as(entry.getKey() + " PageRank")
				.isCloseTo(metrics.get("pageRank").asDouble(), within(1e-4));
			assertThat(c.get("networkBetweenness").asDouble()).as(entry.getKey() + " betweenness")
				.isCloseTo(metrics.get("betweenness").asDouble(), within(1e-4));
			assertThat(c.get("networkDegree").asDouble()).isEqualTo(metrics.get("degree").asDouble());
			assertThat(c.get("networkWeightedDegree").asDouble()).isCloseTo(metrics.get("weightedDegree").asDouble(),
					within(1e-9));
			assertThat(c.get("networkInCountryDegree").asLong()).isEqualTo(metrics.get("inCountryDegree").asLong());
			assertThat(c.get("networkCrossBorderDegree").asLong()).isEqualTo(metrics.get("crossBorderDegree").asLong());
			assertThat(c.get("networkArticulationPoint").asBoolean()).as(entry.getKey() + " articulation point")
				.isEqualTo(metrics.get("articulationPoint").asBoolean());
			assertThat(c.get("networkMinStrength").asDouble()).isEqualTo(expected.get("minStrength").asDouble());
		});
	}

}
