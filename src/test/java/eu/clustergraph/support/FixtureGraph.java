package eu.clustergraph.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import eu.clustergraph.cooperation.CooperationTies;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests whose expected values are written by hand: the whole application over HTTP on an
 * embedded Neo4j holding the reference data and {@code fixtures/small-graph.cypher} only (with the cooperation ties
 * derived from its evidence), no generated dataset. The
 * fixture's header tables say what it holds; tests read their expected values from there, never from a query. All
 * subclasses share one Spring context, and none may change the fixture.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clustergraph.neo4j.embedded.bolt-port=0", "clustergraph.dataset.bootstrap=false",
				// the suite is one client sending thousands of requests; QueryCostTests prove the budget itself
				"clustergraph.graphql.cost.budget-per-minute=0" })
@AutoConfigureHttpGraphQlTester
public abstract class FixtureGraph {

	private static final String FIXTURE = "/fixtures/small-graph.cypher";

	/** Under target/ so that {@code mvn clean} removes it. */
	private static final Path DATA_DIR = Path.of("target", "it-data", "fixture-" + UUID.randomUUID());

	@Autowired
	protected Driver driver;

	@Autowired
	private CooperationTies ties;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("clustergraph.data-dir", DATA_DIR::toString);
		TestKeys.register(registry);
	}

	@BeforeEach
	void loadTheFixtureOnce() throws IOException {
		boolean loaded = this.driver.executableQuery("MATCH (c:Cluster {id: 'FX-C1'}) RETURN count(c) > 0 AS loaded")
			.execute()
			.records()
			.get(0)
			.get("loaded")
			.asBoolean();
		if (loaded) {
			return;
		}
		List<String> statements = statements();
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> {
				statements.forEach(statement -> tx.run(statement).consume());
				return null;
			});
		}
		// the ties from the fixture's evidence, by the service's derivation, as an import would
		this.ties.rebuild();
	}

	/** The fixture's statements: comment lines dropped, one statement per {@code ;} at a line's end. */
	private static List<String> statements() throws IOException {
		try (InputStream in = FixtureGraph.class.getResourceAsStream(FIXTURE)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String code = text.lines().filter(line -> !line.strip().startsWith("//")).collect(Collectors.joining("\n"));
			return Arrays.stream(code.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

}
