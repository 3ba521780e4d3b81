package eu.clustergraph.system.cypher;

import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class NamedQueriesIT extends EmbeddedGraph {

	@Autowired
	CypherQueries queries;

	@Autowired
	Driver driver;

	@Test
	void everyNamedQueryPlansWithItsExampleParameters() {
		assertThat(this.queries.all()).isNotEmpty();
		for (NamedQuery query : this.queries.all()) {
			// The :param line is a Cypher map literal: let Cypher evaluate it, as Browser and cypher-shell do.
			Map<String, Object> parameters = this.driver
				.executableQuery("RETURN " + query.exampleParameters() + " AS parameters")
				.execute()
				.records()
				.get(0)
				.get("parameters")
				.asMap();
			assertThatCode(() -> this.driver.executableQuery("EXPLAIN " + query.cypher())
				.withParameters(parameters)
				.execute()).as(query.name()).doesNotThrowAnyException();
		}
	}

}
