package eu.clustergraph.region;

import java.util.List;

import eu.clustergraph.system.query.ListStatements;
import eu.clustergraph.system.query.Statement;
import eu.clustergraph.support.AcceptingCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Golden Cypher of the region list: every filter field once, written out by hand. */
public class RegionStatementsTests {

	static final RegionFilter EVERY_FIELD = new RegionFilter(2, "DE", "DE2", true, " Bay ", 1, 3, 4, null, null);

	@Test
	void everyFilterFieldIsOneConditionWithItsValueAsAParameter() {
		// Cypher-DSL groups the conditions before an OR in parentheses of their own: the same meaning
		assertThat(count().cypher()).isEqualTo("MATCH (r:Region) WHERE ((r.level = $pcdsl01 AND r.country = $pcdsl02 AND r.code STARTS WITH $pcdsl03 AND r.eu = $pcdsl04) AND (toLower(r.name) CONTAINS $pcdsl05 OR toLower(coalesce(r.nameNational, '')) CONTAINS $pcdsl05) AND r.urbanType = $pcdsl06 AND r.coastalType = $pcdsl07 AND r.mountainType = $pcdsl08) RETURN count(r) AS count");
	}

	/** Every statement these tests pin, for {@code PinnedStatementsIT} to EXPLAIN. */
	public static List<Statement> all() {
		return List.of(count());
	}

	private static Statement count() {
		return ListStatements.count(RegionController.LIST, row -> EVERY_FIELD.on(row, AcceptingCodes.all(), 2021, "filter"));
	}

}
