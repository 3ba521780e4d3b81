package eu.clustergraph.cooperation;

import java.time.Duration;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tie strengths, reach and strongest paths on the hand-written fixture; expected values from its header. */
class CooperationOnFixtureIT extends FixtureGraph {

	private HttpGraphQlTester graphQl;

	/** The first search builds its GDS projection, which can outlast the tester's default five seconds. */
	@Autowired
	void graphQl(HttpGraphQlTester tester) {
		this.graphQl = tester.mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
	}

	@Test
	void tieStrengthsCombineTheirChannelsAsDesigned() {
		// C1's ties, each with its strength: C2 and C3 by one shared member, C4 by an agreement
		var response = this.graphQl.document("{ a: cooperationPaths(from: \"FX-C1\", to: \"FX-C2\", minStrength: 0.2, "
				+ "maxHops: 1, k: 1) { strength hops { channels } } b: cooperationPaths(from: \"FX-C2\", to: \"FX-C4\", "
				+ "maxHops: 1, k: 1) { strength hops { channels } } }").execute();
		response.errors().verify();
		assertThat(response.path("a[0].strength").entity(Double.class).get()).isCloseTo(0.25, within(1e-6));
		response.path("a[0].hops[0].channels").entityList(String.class).containsExactly("SHARED_MEMBER");
		assertThat(response.path("b[0].strength").entity(Double.class).get()).isCloseTo(0.7, within(1e-6));
		response.path("b[0].hops[0].channels").entityList(String.class).containsExactly("PARTNERSHIP");
	}

	@Test
	void reachCountsEveryClusterWithinTheHopsOnceByDistanceAndByCountry() {
		var response = this.graphQl.documentName("cooperationReach").variable("id", "FX-C1").variable("maxHops", 2)
			.execute();
		response.errors().verify();
		// at 0.6: C4 (agreement) at one hop; C2 (partnership with C4) and C5 (agreement with C4) at two
		response.path("cooperationReach.total").entity(Integer.class).isEqualTo(3);
		response.path("cooperationReach.byHops[*].hops").entityList(Integer.class).containsExactly(1, 2);
		response.path("cooperationReach.byHops[*].clusters").entityList(Integer.class).containsExactly(1, 2);
		response.path("cooperationReach.byCountry[*].country").entityList(String.class)
			.satisfies(countries -> assertThat(countries).containsExactlyInAnyOrder("DE", "ES", "FR"));
		// at 0.2 and one hop: C2 and C3 by their shared members too
		this.graphQl.document("{ cooperationReach(cluster: \"FX-C1\", maxHops: 1, minStrength: 0.2) { total } }")
			.execute()
			.path("cooperationReach.total")
			.entity(Integer.class)
			.isEqualTo(3);
	}

	@Test
	void theStrongestPathMultipliesItsHopsStrengths() {
		var response = this.graphQl.document("{ cooperationPaths(from: \"FX-C3\", to: \"FX-C5\", minStrength: 0.2, k: 2) "
				+ "{ length strength nodes { ... on Cluster { id } } } }").execute();
		response.errors().verify();
		// C3 - C1 (0.25) - C4 (0.9) - C5 (0.9); the second, C3 - C1 - C2 - C4 - C5, is 0.25 * 0.25 * 0.7 * 0.9
		response.path("cooperationPaths[0].nodes[*].id").entityList(String.class)
			.containsExactly("FX-C3", "FX-C1", "FX-C4", "FX-C5");
		assertThat(response.path("cooperationPaths[0].strength").entity(Double.class).get()).isCloseTo(0.2025,
				within(1e-6));
		response.path("cooperationPaths[1].nodes[*].id").entityList(String.class)
			.containsExactly("FX-C3", "FX-C1", "FX-C2", "FX-C4", "FX-C5");
		assertThat(response.path("cooperationPaths[1].strength").entity(Double.class).get()).isCloseTo(0.039375,
				within(1e-6));
	}

}
