package eu.clustergraph.valuechain;

import java.util.List;

import eu.clustergraph.system.query.ListStatements;
import eu.clustergraph.system.query.Statement;
import eu.clustergraph.support.AcceptingCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden Cypher of the value-chain list: every filter field once, written out by hand. */
public class ValueChainStatementsTests {

	static final ValueChainFilter EVERY_FIELD = new ValueChainFilter("Batt", "MOB", "C", " High ", null, null);

	@Test
	void everyFilterFieldIsOneConditionWithItsValueAsAParameter() {
		assertThat(count().cypher()).isEqualTo("MATCH (v:ValueChain) WHERE (toLower(v.name) CONTAINS $pcdsl01 AND EXISTS { MATCH (v)-[:IN_ECOSYSTEM]->(:Ecosystem {id: $pcdsl02}) } AND EXISTS { MATCH (v)-[:HAS_STAGE*0..1]->()-[:KEY_ACTIVITY]->(a:Activity) WHERE a.section = $pcdsl03 } AND v.confidence = $pcdsl04) RETURN count(v) AS count");
	}

	/** Every statement these tests pin, for {@code PinnedStatementsIT} to EXPLAIN. */
	public static List<Statement> all() {
		return List.of(count());
	}

	private static Statement count() {
		return ListStatements.count(ValueChainController.LIST, row -> EVERY_FIELD.on(row, AcceptingCodes.all(), "filter"));
	}

}
