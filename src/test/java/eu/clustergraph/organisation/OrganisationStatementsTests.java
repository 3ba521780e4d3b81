package eu.clustergraph.organisation;

import java.util.List;

import eu.clustergraph.system.query.ListStatements;
import eu.clustergraph.system.query.Statement;
import eu.clustergraph.support.AcceptingCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden Cypher of the organisation list: every filter field once, written out by hand. */
public class OrganisationStatementsTests {

	static final OrganisationFilter EVERY_FIELD = new OrganisationFilter("UNIVERSITY", "FR", "FR1", "AGRI", "CL00002", null, null);

	@Test
	void everyFilterFieldIsOneConditionWithItsValueAsAParameter() {
		assertThat(count().cypher()).isEqualTo("MATCH (o:Organisation) WHERE (o.type = $pcdsl01 AND o.country = $pcdsl02 AND o.region STARTS WITH $pcdsl03 AND EXISTS { MATCH (o)-[:MEMBER_OF]->(:Cluster)-[:IN_ECOSYSTEM]->(:Ecosystem {id: $pcdsl04}) } AND EXISTS { MATCH (o)-[:MEMBER_OF]->(:Cluster {id: $pcdsl05}) }) RETURN count(o) AS count");
	}

	/** Every statement these tests pin, for {@code PinnedStatementsIT} to EXPLAIN. */
	public static List<Statement> all() {
		return List.of(count());
	}

	private static Statement count() {
		return ListStatements.count(OrganisationController.LIST, row -> EVERY_FIELD.on(row, AcceptingCodes.all(), 2021, "filter"));
	}

}
