package eu.clustergraph.support;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole application over HTTP on an embedded Neo4j with the reference data and
 * the 5,000-company preset dataset, bootstrapped as on a first start. All
 * subclasses share one Spring context (same configuration), so the database starts once per test run; tests must
 * leave the data as they found it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clustergraph.neo4j.embedded.bolt-port=0", "clustergraph.dataset.companies=5000",
				"clustergraph.dataset.real=false",
				// the suite is one client sending thousands of requests; QueryCostTests prove the budget itself
				"clustergraph.graphql.cost.budget-per-minute=0" })
@AutoConfigureHttpGraphQlTester
public abstract class EmbeddedGraph {

	/** Under target/ so that {@code mvn clean} removes it. */
	private static final Path DATA_DIR = Path.of("target", "it-data", UUID.randomUUID().toString());

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("clustergraph.data-dir", DATA_DIR::toString);
		TestKeys.register(registry);
	}

}
