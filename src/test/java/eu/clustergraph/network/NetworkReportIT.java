package eu.clustergraph.network;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The report of the 5,000-company preset graph against an independent implementation: the expected values come from
 * {@code benchmarks/network/tie_network.py}, which derives the ties again from the dataset's CSV files with its own
 * copy of the strength formula and computes the statistics with NetworkX (the command is in its header).
 */
class NetworkReportIT extends EmbeddedGraph {

	@Autowired
	NetworkReports reports;

	@Test
	void theReportAgreesWithNetworkXOnTheSameDataset() throws IOException {
		JsonNode expected;
		try (InputStream in = getClass().getResourceAsStream("/network/preset-5000-report.json")) {
			expected = JsonMapper.builder().build().readTree(in);
		}
		List<NetworkReport> actual = this.reports.of(List.of(0.6, 0.05));
		assertThat(actual).hasSize(expected.size());
		for (int i = 0; i < actual.size(); i++) {
			NetworkReport report = actual.get(i);
			JsonNode python = expected.get(i);
			String at = "minStrength " + report.minStrength();
			assertThat(report.clusters()).as(at).isEqualTo(python.get("clusters").asInt());
			assertThat(report.ties()).as(at).isEqualTo(python.get("ties").asInt());
			assertThat(report.meanDegree()).as(at).isCloseTo(python.get("meanDegree").asDouble(), within(1e-9));
			assertThat(report.degreeMax()).as(at).isEqualTo(python.get("degreeMax").asInt());
			assertThat(report.averageClustering()).as(at)
				.isCloseTo(python.get("averageClustering").asDouble(), within(1e-9));
			assertThat(report.components()).as(at).isEqualTo(python.get("components").asInt());
			assertThat(report.hopHistogram()).as(at)
				.containsExactly(python.get("hopHistogram").valueStream().mapToLong(JsonNode::asLong).toArray());
			assertThat(report.medianDistance()).as(at).isEqualTo(python.get("medianDistance").asDouble());
			assertThat(report.crossBorderShare()).as(at)
				.isCloseTo(python.get("crossBorderShare").asDouble(), within(1e-9));
			python.get("tiesByChannel").properties()
				.forEach(entry -> assertThat(report.tiesByChannel()).as(at).containsEntry(entry.getKey(), entry.getValue().asInt()));
			assertThat(report.membersMedian()).as(at).isEqualTo(python.get("membersMedian").asDouble());
			assertThat(report.membersP90()).as(at).isEqualTo(python.get("membersP90").asInt());
			assertThat(report.multiMembershipShare()).as(at)
				.isCloseTo(python.get("multiMembershipShare").asDouble(), within(1e-9));
			python.get("locality").properties()
				.forEach(entry -> assertThat(report.locality().get(entry.getKey())).as(at + " " + entry.getKey())
					.isCloseTo(entry.getValue().asDouble(), within(1e-9)));
			assertThat(report.agreements()).as(at).isEqualTo(python.get("agreements").asInt());
			assertThat(report.partnerships()).as(at).isEqualTo(python.get("partnerships").asInt());
		}
	}

	@Test
	void thePresetMeetsTheTargetsThatHoldAtItsScale() {
		// at 35 clusters, distances and degrees cannot have the full-scale shape; these can
		NetworkReport report = this.reports.of(List.of(0.6)).get(0);
		Map<String, Boolean> holds = new java.util.TreeMap<>();
		report.lines().forEach(line -> holds.put(line.name(), line.holds()));
		assertThat(holds).containsEntry("average clustering coefficient", true)
			.containsEntry("largest component share", true)
			.containsEntry("members per cluster, mean", true)
			.containsEntry("agreements per cluster", true)
			.containsEntry("mean degree", true);
	}

}
