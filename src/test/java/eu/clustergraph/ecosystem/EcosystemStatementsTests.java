package eu.clustergraph.ecosystem;

import java.util.List;

import eu.clustergraph.system.query.ListStatements;
import eu.clustergraph.system.query.Statement;
import eu.clustergraph.support.AcceptingCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden Cypher of the ecosystem list: every filter field once, written out by hand. */
public class EcosystemStatementsTests {

	static final EcosystemFilter EVERY_FIELD = new EcosystemFilter("Agri", "BAT", "10.1", null, null);

	@Test
	void everyFilterFieldIsOneConditionWithItsValueAsAParameter() {
		assertThat(count().cypher()).isEqualTo("MATCH (e:Ecosystem) WHERE ((toLower(e.name) CONTAINS $pcdsl01 OR toLower(e.nameEccp) CONTAINS $pcdsl01) AND EXISTS { MATCH (:ValueChain {id: $pcdsl02})-[:IN_ECOSYSTEM]->(e) } AND EXISTS { MATCH (a:Activity)-[:IN_ECOSYSTEM]->(e) WHERE (a.code STARTS WITH $pcdsl03 OR $pcdsl03 STARTS WITH a.code) }) RETURN count(e) AS count");
	}

	/** Every statement these tests pin, for {@code PinnedStatementsIT} to EXPLAIN. */
	public static List<Statement> all() {
		return List.of(count());
	}

	private static Statement count() {
		return ListStatements.count(EcosystemController.LIST, row -> EVERY_FIELD.on(row, AcceptingCodes.all(), "filter"));
	}

}
