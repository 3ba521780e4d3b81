package eu.clustergraph;

import java.util.List;
import java.util.stream.Stream;

import eu.clustergraph.cluster.ClusterStatementsTests;
import eu.clustergraph.company.CompanyStatementsTests;
import eu.clustergraph.ecosystem.EcosystemStatementsTests;
import eu.clustergraph.organisation.OrganisationStatementsTests;
import eu.clustergraph.partnership.PartnershipStatementsTests;
import eu.clustergraph.region.RegionStatementsTests;
import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.query.Statement;
import eu.clustergraph.valuechain.ValueChainStatementsTests;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The database plans every statement the golden-Cypher tests pin: each is valid Cypher over this graph's schema,
 * with its parameters.
 */
class PinnedStatementsIT extends EmbeddedGraph {

	@Autowired
	Driver driver;

	@Test
	void everyPinnedStatementIsPlannedByTheDatabase() {
		List<Statement> pinned = Stream.of(ClusterStatementsTests.all(), CompanyStatementsTests.all(),
				RegionStatementsTests.all(), EcosystemStatementsTests.all(), OrganisationStatementsTests.all(),
				PartnershipStatementsTests.all(), ValueChainStatementsTests.all())
			.flatMap(List::stream)
			.toList();
		for (Statement statement : pinned) {
			assertThatCode(() -> this.driver.executableQuery("EXPLAIN " + statement.cypher())
				.withParameters(statement.parameters())
				.execute()).as(statement.cypher()).doesNotThrowAnyException();
		}
	}

}
