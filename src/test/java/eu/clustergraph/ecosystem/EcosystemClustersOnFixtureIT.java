package eu.clustergraph.ecosystem;

import java.util.Map;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** An ecosystem's clusters on the hand-written fixture; expected values from its header tables. */
class EcosystemClustersOnFixtureIT extends FixtureGraph {

	/** Clusters working in each ecosystem, primary or not; the other nine have none. */
	private static final Map<String, Long> CLUSTERS = Map.of("MOB", 2L, "ELEC", 1L, "DIGI", 1L, "REN", 1L, "HLTH", 1L);

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void everyEcosystemCountsTheClustersWorkingInIt() {
		var response = this.graphQl.document("{ ecosystems(first: 14) { nodes { id clusters(first: 1) { totalCount "
				+ "nodes { id } } } } }").execute();
		response.errors().verify();
		var ids = response.path("ecosystems.nodes[*].id").entityList(String.class).hasSize(14).get();
		for (int i = 0; i < ids.size(); i++) {
			long expected = CLUSTERS.getOrDefault(ids.get(i), 0L);
			response.path("ecosystems.nodes[" + i + "].clusters.totalCount").entity(Long.class).isEqualTo(expected);
			int shown = response.path("ecosystems.nodes[" + i + "].clusters.nodes").entityList(Object.class).get().size();
			assertThat(shown).as(ids.get(i)).isEqualTo((int) Math.min(1, expected));
		}
	}

	@Test
	void anEcosystemsClustersPageOnInIdOrder() {
		var first = this.graphQl.document("{ ecosystem(id: \"MOB\") { clusters(first: 1) { pageInfo { hasNextPage "
				+ "endCursor } nodes { id } } } }").execute();
		first.path("ecosystem.clusters.nodes[*].id").entityList(String.class).containsExactly("FX-C1");
		first.path("ecosystem.clusters.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String after = first.path("ecosystem.clusters.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.document("query($after: String) { ecosystem(id: \"MOB\") { clusters(first: 1, "
				+ "after: $after) { pageInfo { hasNextPage } nodes { id } } } }").variable("after", after).execute();
		second.path("ecosystem.clusters.nodes[*].id").entityList(String.class).containsExactly("FX-C2");
		second.path("ecosystem.clusters.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

}
