package eu.clustergraph.company;

import java.util.List;

import eu.clustergraph.system.query.IntRange;
import eu.clustergraph.system.graphql.paging.PageRequest;
import eu.clustergraph.system.query.ListStatements;
import eu.clustergraph.system.query.RowFilter;
import eu.clustergraph.system.query.Statement;
import eu.clustergraph.support.AcceptingCodes;
import eu.clustergraph.support.Selections;
import org.junit.jupiter.api.Test;

import static eu.clustergraph.support.Selections.field;
import static org.assertj.core.api.Assertions.assertThat;

/** Golden Cypher of the company list: every filter field, a sort, and the children read in the row's statement. */
public class CompanyStatementsTests {

	static final CompanyFilter EVERY_FIELD = new CompanyFilter("DE", "DE21", "C", "LARGE", "BAT-3", "BAT", "AGRI",
			" CL00001 ", new IntRange(1990, null), new IntRange(null, 500), true, null, null);

	@Test
	void everyFilterFieldIsOneConditionAndTheCountryUsesTheRegionIndex() {
		assertThat(count(EVERY_FIELD).cypher()).isEqualTo("MATCH (c:Company) WHERE (c.region STARTS WITH $pcdsl01 "
				+ "AND c.region STARTS WITH $pcdsl02 AND c.naceSection = $pcdsl03 AND c.synthetic = $pcdsl04 "
				+ "AND c.sizeClass = $pcdsl05 AND EXISTS { MATCH (c)-[:ACTIVE_IN]->(:Stage {id: $pcdsl06}) } "
				+ "AND EXISTS { MATCH (c)-[:ACTIVE_IN]->(:Stage)<-[:HAS_STAGE]-(:ValueChain {id: $pcdsl07}) } "
				+ "AND EXISTS { MATCH (c)-[:MEMBER_OF]->(:Cluster)-[:IN_ECOSYSTEM]->(:Ecosystem {id: $pcdsl08}) } "
				+ "AND EXISTS { MATCH (c)-[:MEMBER_OF]->(:Cluster {id: $pcdsl09}) } AND c.founded >= $pcdsl10 "
				+ "AND c.employees <= $pcdsl11) RETURN count(c) AS count");
		assertThat(count(EVERY_FIELD).parameters()).containsEntry("pcdsl09", "CL00001");
	}

	@Test
	void aNumericClassMatchesByPrefix() {
		CompanyFilter filter = new CompanyFilter(null, null, "27.2", null, null, null, null, null, null, null, null,
				null, null);
		assertThat(count(filter).cypher())
			.isEqualTo("MATCH (c:Company) WHERE c.nace STARTS WITH $pcdsl01 RETURN count(c) AS count");
	}

	@Test
	void aPageReadsItsRegionActivityAndStagesInOneStatementWithOnlyTheSelectedStageFields() {
		assertThat(page().cypher()).isEqualTo("MATCH (c:Company) WITH c, coalesce(c.employees, 0) AS sortValue "
				+ "ORDER BY sortValue DESC, c.id ASC LIMIT $limit RETURN c{.id, .name, "
				+ "region: [(c)-[:LOCATED_IN]->(r0:Region) | r0{.code}][0], "
				+ "activity: [(c)-[:HAS_ACTIVITY]->(a1:Activity) | a1{.code, .name}][0], "
				+ "stages: COLLECT { MATCH (c)-[:ACTIVE_IN]->(s2:Stage) "
				+ "RETURN s2{.id, .name, .valueChain} ORDER BY s2.valueChainOrdinal ASC, s2.ordinal ASC }} "
				+ "AS row, sortValue");
	}

	@Test
	void aPageByIdAsksForRowsWithAnIdSoTheIdIndexGivesTheOrder() {
		assertThat(pageById().cypher()).isEqualTo("MATCH (c:Company) WHERE c.id IS NOT NULL "
				+ "WITH c, c.id AS sortValue ORDER BY sortValue ASC LIMIT $limit RETURN c{.id, "
				+ "region: [(c)-[:LOCATED_IN]->(r0:Region) | r0{.code}][0], "
				+ "activity: [(c)-[:HAS_ACTIVITY]->(a1:Activity) | a1{.code}][0]} AS row, sortValue");
	}

	/** Every statement these tests pin, for {@link eu.clustergraph.PinnedStatementsIT} to EXPLAIN. */
	public static List<Statement> all() {
		return List.of(count(EVERY_FIELD), page(), pageById());
	}

	/** The first page of companies in id order, with each company's region and activity. */
	public static Statement pageById() {
		return ListStatements.page(CompanyShape.LIST, RowFilter.NONE, CompanyShape.sort(CompanySort.ID),
				new PageRequest(100, null, true), Selections.of("id", field("region", "code"), field("activity", "code")));
	}

	private static Statement page() {
		return ListStatements.page(CompanyShape.LIST, RowFilter.NONE, CompanyShape.sort(CompanySort.EMPLOYEES_DESC),
				new PageRequest(100, null, true), Selections.of("id", "name", field("region", "code"),
						field("activity", "code", "name"), field("stages", "id", "name", field("valueChain", "id")),
						"cooperationPartners"));
	}

	private static Statement count(CompanyFilter filter) {
		return ListStatements.count(CompanyShape.LIST, row -> filter.on(row, AcceptingCodes.all(), 2021, "filter"));
	}

}
