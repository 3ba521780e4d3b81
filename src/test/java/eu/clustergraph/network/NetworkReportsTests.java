package eu.clustergraph.network;

import java.util.List;

import eu.clustergraph.network.NetworkReports.Cluster;
import eu.clustergraph.network.NetworkReports.Companies;
import eu.clustergraph.network.NetworkReports.Tie;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The report's statistics on a network small enough to count by hand. */
class NetworkReportsTests {

	// A, B and C form a triangle, D hangs off C, E stands alone; the tie C-E is too weak to count
	private static final List<Cluster> CLUSTERS = List.of(new Cluster("A", "DE", 10), new Cluster("B", "DE", 20),
			new Cluster("C", "FR", 30), new Cluster("D", "FR", 40), new Cluster("E", "IT", 100));

	private static final List<Tie> TIES = List.of(tie("A", "B", 0.9, "AGREEMENT"), tie("B", "C", 0.7, "PARTNERSHIP"),
			tie("A", "C", 0.6, "SHARED_MEMBER"), tie("C", "D", 0.8, "MEMBER_COOPERATION"),
			tie("C", "E", 0.1, "MEMBER_COOPERATION"));

	private static final List<Companies> COMPANIES = List.of(new Companies("MICRO", 1, 6, 5, 1, 0),
			new Companies("LARGE", 2, 2, 2, 1, 1), new Companies("SMALL", 0, 3, 0, 0, 0));

	@Test
	void countsDegreesClusteringAndComponentsOfTheTiesAboveTheMinimum() {
		NetworkReport report = NetworkReports.report(CLUSTERS, TIES, COMPANIES, 1, 2, 0.5);
		assertThat(report.ties()).isEqualTo(4);
		assertThat(report.meanDegree()).isEqualTo(1.6);
		assertThat(report.degreeMedian()).isEqualTo(2);
		assertThat(report.degreeMax()).isEqualTo(3);
		// A and B: 1 each; C: one tied pair among three neighbours; D and E: 0
		assertThat(report.averageClustering()).isCloseTo((1 + 1 + 1 / 3.0) / 5, within(1e-12));
		assertThat(report.components()).isEqualTo(2);
		assertThat(report.largestComponentShare()).isEqualTo(0.8);
		assertThat(report.crossBorderShare()).isEqualTo(0.5);
		assertThat(report.tiesByChannel()).containsEntry("AGREEMENT", 1).containsEntry("MEMBER_COOPERATION", 1);
	}

	@Test
	void distancesAreExactOverAllPairs() {
		NetworkReport report = NetworkReports.report(CLUSTERS, TIES, COMPANIES, 1, 2, 0.5);
		// E is cut off from the four others; A-D and B-D are two hops, the other four connected pairs one
		assertThat(report.hopHistogram()).containsExactly(4, 4, 2);
		assertThat(report.within2HopsShare()).isEqualTo(0.6);
		assertThat(report.connectedPairsShare()).isEqualTo(0.6);
		assertThat(report.medianDistance()).isEqualTo(1.0);
	}

	@Test
	void membershipFactsCountCompaniesInClustersOnly() {
		NetworkReport report = NetworkReports.report(CLUSTERS, TIES, COMPANIES, 3, 2, 0.5);
		assertThat(report.membersMean()).isEqualTo(40);
		assertThat(report.membersMedian()).isEqualTo(30);
		assertThat(report.membersP90()).isEqualTo(100);
		assertThat(report.multiMembershipShare()).isEqualTo(0.25);
		assertThat(report.sizeMix()).containsEntry("MICRO", 0.75).containsEntry("LARGE", 0.25).doesNotContainKey("SMALL");
		assertThat(report.locality()).containsValues(0.7, 0.2, 0.1);
		assertThat(report.agreementsPerCluster()).isEqualTo(0.6);
	}

	@Test
	void aMinimumAboveEveryTieLeavesEveryClusterAlone() {
		NetworkReport report = NetworkReports.report(CLUSTERS, TIES, COMPANIES, 1, 2, 0.95);
		assertThat(report.ties()).isZero();
		assertThat(report.components()).isEqualTo(5);
		assertThat(report.hopHistogram()).containsExactly(10);
		assertThat(report.medianDistance()).isZero();
		assertThat(report.lines()).filteredOn(line -> line.name().equals("mean degree"))
			.singleElement()
			.satisfies(line -> assertThat(line.holds()).isFalse());
	}

	private static Tie tie(String a, String b, double strength, String channel) {
		return new Tie(a, b, strength, List.of(channel));
	}

}
