package eu.clustergraph.system.graphql.engine;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

class OnDemandDataLoadersIT extends EmbeddedGraph {

	@Autowired
	ExecutionGraphQlService graphQl;

	@Test
	void aLookupWithoutBatchedFieldsGetsNoDataLoaders() {
		ExecutionGraphQlResponse response = execute("{ clusters(first: 1) { nodes { id name memberCount } } }");

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.getExecutionInput().getDataLoaderRegistry().getKeys()).isEmpty();
	}

	@Test
	void aRequestGetsTheDataLoadersOfItsBatchedFieldsAndNoOthers() {
		ExecutionGraphQlResponse response = execute("""
				{ clusters(first: 5) { nodes { id region { code } agreements { kind } membersBySizeClass { group } } } }""");

		assertThat(response.getErrors()).isEmpty();
		List<Map<String, Object>> clusters = response.field("clusters.nodes").getValue();
		assertThat(clusters).hasSize(5).allSatisfy(cluster -> assertThat(cluster.get("region")).isNotNull());
		assertThat(response.getExecutionInput().getDataLoaderRegistry().getKeys())
			// the region is read in the page's own statement and needs no loader
			.containsExactlyInAnyOrder("Cluster.agreements", "Cluster.membersBySizeClass");
	}

	private ExecutionGraphQlResponse execute(String document) {
		return this.graphQl.execute(new DefaultExecutionGraphQlRequest(document, null, null, null, "test", null)).block();
	}

}
