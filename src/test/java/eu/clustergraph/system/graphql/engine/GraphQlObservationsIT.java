package eu.clustergraph.system.graphql.engine;

import eu.clustergraph.support.EmbeddedGraph;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlObservationsIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	MeterRegistry meters;

	@Test
	void requestsDataFetchersAndEveryCypherReadAreTimedWithoutPerLoaderObservations() {
		long requests = count("graphql.request", null);
		long pages = count("clustergraph.cypher.read", "cluster/page");
		long agreements = count("clustergraph.cypher.read", "cluster/agreements");

		// agreements are a child the query layer leaves batched per level
		this.graphQl.document("{ clusters(first: 5) { nodes { id agreements { kind } } } }")
			.execute()
			.path("clusters.nodes[*].id")
			.entityList(String.class)
			.hasSize(5);

		assertThat(count("graphql.request", null) - requests).isEqualTo(1);
		assertThat(this.meters.find("graphql.datafetcher").tag("graphql.field.name", "clusters").timer()).isNotNull();
		// the page and its batched child level, each one statement, each timed once
		assertThat(count("clustergraph.cypher.read", "cluster/page") - pages).isEqualTo(1);
		assertThat(count("clustergraph.cypher.read", "cluster/agreements") - agreements).isEqualTo(1);
		assertThat(this.meters.find("graphql.dataloader").meters()).isEmpty();
	}

	/** Over every timer of the name (one per outcome or error tag), as earlier tests may have recorded failures. */
	private long count(String name, String query) {
		Search search = (query == null) ? this.meters.find(name) : this.meters.find(name).tag("query", query);
		return search.timers().stream().mapToLong(Timer::count).sum();
	}

}
