package eu.clustergraph.partnership;

import java.util.List;

import eu.clustergraph.system.query.ListStatements;
import eu.clustergraph.system.query.Statement;
import eu.clustergraph.support.AcceptingCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden Cypher of the partnership list: every filter field once, written out by hand. */
public class PartnershipStatementsTests {

	static final PartnershipFilter EVERY_FIELD = new PartnershipFilter("EUROCLUSTER", "AGRI", "BAT", "IT", 2023, false, null, null);

	@Test
	void everyFilterFieldIsOneConditionWithItsValueAsAParameter() {
		assertThat(count().cypher()).isEqualTo("MATCH (p:Partnership) WHERE (p.kind = $pcdsl01 AND EXISTS { MATCH (p)-[:TARGETS]->(:Ecosystem {id: $pcdsl02}) } AND EXISTS { MATCH (p)-[:TARGETS]->(:ValueChain {id: $pcdsl03}) } AND EXISTS { MATCH (p)<-[:PARTICIPATES_IN]-(:Cluster {country: $pcdsl04}) } AND p.synthetic = $pcdsl05 AND coalesce(p.startYear, 0) <= $pcdsl06 AND coalesce(p.endYear, 9999) >= $pcdsl06) RETURN count(p) AS count");
	}

	/** Every statement these tests pin, for {@code PinnedStatementsIT} to EXPLAIN. */
	public static List<Statement> all() {
		return List.of(count());
	}

	private static Statement count() {
		return ListStatements.count(PartnershipController.LIST, row -> EVERY_FIELD.on(row, AcceptingCodes.all(), 2021, "filter"));
	}

}
