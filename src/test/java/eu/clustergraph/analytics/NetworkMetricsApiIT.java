package eu.clustergraph.analytics;

import java.util.ArrayList;
import java.util.List;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code Cluster.networkMetrics}, and clusters filtered and sorted by them, on the hand-written fixture. At the
 * default minimum strength 0.6 its tie network is a star (fixture header): FX-C4 tied with FX-C1 (0.9), FX-C2 (0.7)
 * and FX-C5 (0.9), all across borders; FX-C3 isolated.
 */
class NetworkMetricsApiIT extends FixtureGraph {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Autowired
	private NetworkAnalytics analytics;

	/** Another test computes at minimum strength 0; these expect the default. */
	@BeforeEach
	void computeAtTheDefaultStrength() {
		this.analytics.compute();
	}

	@Test
	void theCentreOfTheStarHasTheMetricsWorkedOutByHand() {
		var response = this.graphQl.document("{ cluster(id: \"FX-C4\") { networkMetrics { degree inCountryDegree "
				+ "crossBorderDegree weightedDegree betweenness articulationPoint minStrength computedAt } } "
				+ "isolated: cluster(id: \"FX-C3\") { networkMetrics { degree betweenness articulationPoint } } }")
			.execute();
		response.errors().verify();
		response.path("cluster.networkMetrics.degree").entity(Integer.class).isEqualTo(3);
		response.path("cluster.networkMetrics.inCountryDegree").entity(Integer.class).isEqualTo(0);
		response.path("cluster.networkMetrics.crossBorderDegree").entity(Integer.class).isEqualTo(3);
		assertThat(response.path("cluster.networkMetrics.weightedDegree").entity(Double.class).get()).isCloseTo(2.5,
				within(1e-9));
		// the three pairs among its leaves all pass through it
		assertThat(response.path("cluster.networkMetrics.betweenness").entity(Double.class).get()).isCloseTo(3.0,
				within(1e-9));
		response.path("cluster.networkMetrics.articulationPoint").entity(Boolean.class).isEqualTo(true);
		response.path("cluster.networkMetrics.minStrength").entity(Double.class).isEqualTo(0.6);
		response.path("cluster.networkMetrics.computedAt").entity(String.class).satisfies(at -> assertThat(at).matches(
				"\\d{4}-\\d{2}-\\d{2}T.*"));
		response.path("isolated.networkMetrics.degree").entity(Integer.class).isEqualTo(0);
		response.path("isolated.networkMetrics.articulationPoint").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void sortingByPageRankGivesTheOrderOfTheMetricsAndPagesThroughItByCursor() {
		var response = this.graphQl.document("{ clusters(sort: PAGE_RANK_DESC) { nodes { id networkMetrics { pageRank } } } }")
			.execute();
		response.errors().verify();
		List<String> order = response.path("clusters.nodes[*].id").entityList(String.class).get();
		List<Double> ranks = response.path("clusters.nodes[*].networkMetrics.pageRank").entityList(Double.class).get();
		assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		// the centre first, its two 0.9 leaves (equal, by id), the 0.7 leaf, the isolated cluster last
		assertThat(order).containsExactly("FX-C4", "FX-C1", "FX-C5", "FX-C2", "FX-C3");
		assertThat(ranks.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));

		List<String> paged = new ArrayList<>();
		String after = null;
		do {
			var page = this.graphQl.document("query($after: String) { clusters(sort: PAGE_RANK_DESC, first: 2, "
					+ "after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }")
				.variable("after", after)
				.execute();
			page.errors().verify();
			paged.addAll(page.path("clusters.nodes[*].id").entityList(String.class).get());
			after = page.path("clusters.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("clusters.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(paged).isEqualTo(order);
	}

	@Test
	void clustersFilterByTheirMetrics() {
		var response = this.graphQl.document("{ leaves: clusters(filter: {networkMetrics: {degree: {min: 1, max: 1}}}, "
				+ "sort: ID) { nodes { id } } brokers: clusters(filter: {networkMetrics: {articulationPoint: true}}) "
				+ "{ nodes { id } } strong: clusters(filter: {networkMetrics: {weightedDegree: {min: 0.8}}}) { nodes { id } } "
				+ "crossBorder: clusters(sort: CROSS_BORDER_DEGREE_DESC, first: 1) { nodes { id } } }")
			.execute();
		response.errors().verify();
		response.path("leaves.nodes[*].id").entityList(String.class).containsExactly("FX-C1", "FX-C2", "FX-C5");
		response.path("brokers.nodes[*].id").entityList(String.class).containsExactly("FX-C4");
		response.path("strong.nodes[*].id").entityList(String.class).containsExactly("FX-C1", "FX-C4", "FX-C5");
		response.path("crossBorder.nodes[*].id").entityList(String.class).containsExactly("FX-C4");
	}

	@Test
	void anEmptyRangeIsAnErrorNamingTheArgument() {
		this.graphQl.document("{ clusters(filter: {networkMetrics: {pageRank: {min: 0.5, max: 0.1}}}) { nodes { id } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("filter.networkMetrics.pageRank")));
	}

}
