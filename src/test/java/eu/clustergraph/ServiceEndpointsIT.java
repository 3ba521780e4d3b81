package eu.clustergraph;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.TestKeys;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP endpoints around the API: health with Neo4j (details for an admin only), metrics, GraphiQL. */
class ServiceEndpointsIT extends EmbeddedGraph {

	@Autowired
	WebTestClient web;

	@Test
	void healthShowsItsComponentsToAnyoneButTheirDetailsOnlyToAnAdmin() {
		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.details")
			.doesNotExist();
		for (String notAdmin : new String[] { TestKeys.READER, TestKeys.CURATOR }) {
			this.web.get()
				.uri("/actuator/health")
				.header("X-API-Key", notAdmin)
				.exchange()
				.expectBody()
				.jsonPath("$.components.neo4j.details")
				.doesNotExist();
		}
		this.web.get()
			.uri("/actuator/health")
			.header("X-API-Key", TestKeys.ADMIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.neo4j.details.edition")
			.isEqualTo("community");
	}

	@Test
	void graphiqlIsServed() {
		this.web.get()
			.uri("/graphiql?path=/graphql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).containsIgnoringCase("graphiql"));
	}

	@Test
	void metricsAreExposed() {
		this.web.get()
			.uri("/actuator/metrics/jvm.memory.used")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("jvm.memory.used");
	}

}
