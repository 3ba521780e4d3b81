package eu.clustergraph.system.neo4j;

import java.net.URI;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedNeo4jIT extends EmbeddedGraph {

	@Autowired
	Driver driver;

	@Autowired
	DatabaseManagementService embeddedNeo4j;

	@Test
	void apocAndGdsProceduresAreRegistered() {
		var record = this.driver.executableQuery("RETURN apoc.version() AS apoc, gds.version() AS gds")
			.execute()
			.records()
			.get(0);
		assertThat(record.get("apoc").asString()).startsWith("5.26");
		assertThat(record.get("gds").asString()).startsWith("2.13");
	}

	@Test
	void outsideBoltClientsCanQueryTheEmbeddedDatabaseOnLoopback() {
		URI bolt = EmbeddedNeo4jConfiguration.boltUri(this.embeddedNeo4j);
		assertThat(bolt.getHost()).isEqualTo("127.0.0.1");
		// A driver of its own, as cypher-shell or Neo4j Browser would connect: nothing shared with the application.
		try (Driver outside = GraphDatabase.driver(bolt, AuthTokens.none())) {
			long regions = outside.executableQuery("MATCH (r:Region) RETURN count(r) AS regions")
				.execute()
				.records()
				.get(0)
				.get("regions")
				.asLong();
			assertThat(regions).isGreaterThan(3000);
		}
	}

}
