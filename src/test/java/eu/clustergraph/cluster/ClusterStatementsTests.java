package eu.clustergraph.cluster;

import java.util.List;
import java.util.Map;

import eu.clustergraph.system.query.FloatRange;
import eu.clustergraph.system.query.IntRange;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.system.graphql.paging.PageRequest;
import eu.clustergraph.system.query.ListStatements;
import eu.clustergraph.system.query.Projection;
import eu.clustergraph.system.query.RowFilter;
import eu.clustergraph.system.query.Statement;
import eu.clustergraph.support.AcceptingCodes;
import eu.clustergraph.support.Selections;
import org.junit.jupiter.api.Test;

import static eu.clustergraph.support.Selections.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Golden Cypher: the statement each cluster filter field, sort and selection produces, written out by hand. A
 * change here is a change of what the database is asked, to be read and agreed in review.
 */
public class ClusterStatementsTests {

	private static final PageRequest FIRST_PAGE = new PageRequest(20, null, true);

	@Test
	void eachFilterFieldIsOneConditionWithItsValueAsAParameter() {
		Map<ClusterFilter, String> cases = cases();
		cases.forEach((filter, where) -> assertThat(count(filter).cypher()).as(where)
			.isEqualTo("MATCH (c:Cluster) WHERE " + where + " RETURN count(c) AS count"));
	}

	@Test
	void nestedAndOrKeepTheirStructure() {
		ClusterFilter filter = new ClusterFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				List.of(filter("country", "DE")), List.of(filter("label", "GOLD"), filter("region", "FR1")));
		Statement count = count(filter);
		assertThat(count.cypher()).isEqualTo("MATCH (c:Cluster) WHERE (c.country = $pcdsl01 AND "
				+ "(c.excellenceLabel = $pcdsl02 OR c.region STARTS WITH $pcdsl03)) RETURN count(c) AS count");
		assertThat(count.parameters()).containsExactlyInAnyOrderEntriesOf(
				Map.of("pcdsl01", "DE", "pcdsl02", "GOLD", "pcdsl03", "FR1"));
	}

	@Test
	void anEmptyOrListMatchesNothing() {
		ClusterFilter filter = new ClusterFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, List.of());
		assertThat(count(filter).cypher()).isEqualTo("MATCH (c:Cluster) WHERE false RETURN count(c) AS count");
	}

	@Test
	void theKeysOfAFilterAreOneSortedListForTheStatementsThatTakeThem() {
		Statement keys = keys();
		assertThat(keys.cypher()).isEqualTo("MATCH (c:Cluster) WHERE c.country = $pcdsl01 WITH c.id AS key "
				+ "ORDER BY key ASC RETURN collect(key) AS keys");
		assertThat(keys.parameters()).containsExactlyEntriesOf(Map.of("pcdsl01", "DE"));
	}

	@Test
	void aPageIsCutBeforeItsRowsAreProjected() {
		Statement page = page();
		assertThat(page.cypher()).isEqualTo("MATCH (c:Cluster) WHERE c.id IS NOT NULL WITH c, c.id AS sortValue "
				+ "ORDER BY sortValue ASC "
				+ "LIMIT $limit RETURN c{.id, .name} AS row, sortValue");
		assertThat(page.parameters()).containsExactlyEntriesOf(Map.of("limit", 21));
	}

	@Test
	void aNumericSortContinuesAfterItsCursorByValueThenId() {
		Statement page = afterACursor();
		assertThat(page.cypher()).isEqualTo("MATCH (c:Cluster) WHERE (coalesce(c.memberCount, 0) < $pcdsl01 "
				+ "OR (coalesce(c.memberCount, 0) = $pcdsl01 AND c.id > $pcdsl02)) WITH c, coalesce(c.memberCount, 0) "
				+ "AS sortValue ORDER BY sortValue DESC, c.id ASC LIMIT $limit RETURN c{.id} AS row, sortValue");
		assertThat(page.parameters()).containsExactlyInAnyOrderEntriesOf(
				Map.of("pcdsl01", 120L, "pcdsl02", "CL00042", "limit", 11));
	}

	@Test
	void aCursorOfAnotherSortIsAnArgumentError() {
		assertThatThrownBy(() -> ListStatements.page(ClusterShape.LIST, RowFilter.NONE,
				ClusterShape.sort(ClusterSort.FOUNDED), new PageRequest(10, "Alpha\u001fCL00001", true),
				Selections.of("id")))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("not a cursor of this sort order");
	}

	@Test
	void aFilteredPageWithItsCountIsCutFromTheMatchesItCounts() {
		Statement both = pageAndCount();
		assertThat(both.cypher()).isEqualTo("MATCH (c:Cluster) WHERE c.country = $pcdsl01 "
				+ "WITH collect(c) AS matches RETURN size(matches) AS total, "
				+ "COLLECT { UNWIND matches AS c WITH c, c.name AS sortValue ORDER BY sortValue ASC, c.id ASC "
				+ "LIMIT $limit RETURN {row: c{.id, .name}, sortValue: sortValue} } AS rows");
		Statement after = ListStatements.pageAndCount(ClusterShape.LIST, where(filter("country", "IT")),
				ClusterShape.sort(ClusterSort.ID), new PageRequest(20, "CL00736\u001fCL00736", true), Selections.of("id"));
		assertThat(after.cypher()).isEqualTo("MATCH (c:Cluster) WHERE c.country = $pcdsl01 "
				+ "WITH collect(c) AS matches RETURN size(matches) AS total, "
				+ "COLLECT { UNWIND matches AS c WITH c WHERE c.id > $pcdsl02 WITH c, c.id AS sortValue "
				+ "ORDER BY sortValue ASC LIMIT $limit RETURN {row: c{.id}, sortValue: sortValue} } AS rows");
	}

	@Test
	void anUnfilteredPageWithItsCountCountsTheLabelAndReadsThePageInKeyOrder() {
		assertThat(unfilteredPageAndCount().cypher()).isEqualTo("RETURN COUNT { MATCH (c:Cluster) RETURN c } AS total, "
				+ "COLLECT { MATCH (c:Cluster) WHERE c.id IS NOT NULL WITH c, c.id AS sortValue ORDER BY sortValue ASC "
				+ "LIMIT $limit RETURN {row: c{.id}, sortValue: sortValue} } AS rows");
	}

	@Test
	void selectedChildrenAreReadInTheParentsStatementBeforeTheRowsMapIsBuilt() {
		Statement lookup = lookup();
		assertThat(lookup.cypher()).isEqualTo("MATCH (c:Cluster) WHERE c.country = $pcdsl01 WITH c, "
				+ "[(c)-[:LOCATED_IN]->(r0:Region) | r0{.code, .name}][0] AS region, "
				+ "COLLECT { MATCH (c)-[e1in:IN_ECOSYSTEM]->(e1:Ecosystem) "
				+ "RETURN {primary: coalesce(e1in.primary, false), ecosystem: e1{.id, .ordinal, .name, .nameEccp, .source}} "
				+ "ORDER BY coalesce(e1in.primary, false) DESC, e1.ordinal ASC } AS ecosystems, "
				+ "COLLECT { MATCH (c)-[:CONTRIBUTES_TO]->(s2:Stage) "
				+ "RETURN s2{.id} ORDER BY s2.valueChainOrdinal ASC, s2.ordinal ASC } "
				+ "AS stages "
				+ "RETURN c{.id, .name, region: region, ecosystems: ecosystems, stages: stages} AS row");
	}

	@Test
	void aPageOfMembersReadsAnOrganisationsOwnKeysOnlyForOrganisationsAndOnlyTheSelectedEdgeFacts() {
		assertThat(membersPage().cypher()).isEqualTo("MATCH (c:Cluster) WHERE c.country = $pcdsl01 WITH c, "
				+ "{first: $pcdsl02, after: NULL, total: COUNT { (c)<-[:MEMBER_OF]-() }, "
				+ "nodes: COLLECT { MATCH (c)<-[m0of:MEMBER_OF]-(m0) RETURN {member: m0{.id, .name}, "
				+ "company: m0:Company, organisation: CASE WHEN m0:Company THEN NULL "
				+ "ELSE m0{.name, .type, .synthetic, .country} END, since: m0of.since} ORDER BY m0.id ASC "
				+ "LIMIT $pcdsl03 }} AS members RETURN c{.id, members: members} AS row");
		assertThat(membersPage().parameters()).containsEntry("pcdsl02", 5).containsEntry("pcdsl03", 6);
	}

	/** Every filter field once, with the condition it must compile to. */
	static Map<ClusterFilter, String> cases() {
		return Map.ofEntries(
				Map.entry(filter("country", "DE"), "c.country = $pcdsl01"),
				Map.entry(filter("region", "DE21"), "c.region STARTS WITH $pcdsl01"),
				Map.entry(filter("ecosystem", "AGRI"), "EXISTS { MATCH (c)-[:IN_ECOSYSTEM]->(:Ecosystem {id: $pcdsl01}) }"),
				Map.entry(filter("primaryEcosystem", "AGRI"),
						"EXISTS { MATCH (c)-[:IN_ECOSYSTEM {primary: true}]->(:Ecosystem {id: $pcdsl01}) }"),
				Map.entry(filter("label", "GOLD"), "c.excellenceLabel = $pcdsl01"),
				Map.entry(filter("ids", List.of("CL00001", "CL00002")), "c.id IN $pcdsl01"),
				Map.entry(filter("valueChain", "BAT"),
						"EXISTS { MATCH (c)-[:CONTRIBUTES_TO]->(:Stage)<-[:HAS_STAGE]-(:ValueChain {id: $pcdsl01}) }"),
				Map.entry(filter("stage", "BAT-3"), "EXISTS { MATCH (c)-[:CONTRIBUTES_TO]->(:Stage {id: $pcdsl01}) }"),
				Map.entry(filter("nace", "C"),
						"EXISTS { MATCH (c)<-[:MEMBER_OF]-(m:Company) WHERE m.naceSection = $pcdsl01 }"),
				Map.entry(filter("nace", "27.2"),
						"EXISTS { MATCH (c)<-[:MEMBER_OF]-(m:Company) WHERE m.nace STARTS WITH $pcdsl01 }"),
				Map.entry(filter("partnershipKind", "EUROCLUSTER"),
						"EXISTS { MATCH (c)-[:PARTICIPATES_IN]->(:Partnership {kind: $pcdsl01}) }"),
				Map.entry(filter("founded", new IntRange(1990, 2000)), "(c.founded >= $pcdsl01 AND c.founded <= $pcdsl02)"),
				Map.entry(filter("memberCount", new IntRange(null, 50)), "c.memberCount <= $pcdsl01"),
				Map.entry(filter("synthetic", false), "c.synthetic = $pcdsl01"),
				Map.entry(filter("networkMetrics", new NetworkMetricsFilter(new FloatRange(0.001, null), null,
						new IntRange(2, 8), null, null, null, null, null)),
						"(c.networkPageRank >= $pcdsl01 AND c.networkDegree >= $pcdsl02 AND c.networkDegree <= $pcdsl03)"),
				Map.entry(filter("networkMetrics", new NetworkMetricsFilter(null, null, null, null, null, null, 4,
						true)), "(c.networkCommunity = $pcdsl01 AND c.networkArticulationPoint = $pcdsl02)"));
	}

	/** Every statement these tests pin, for {@link ClusterStatementsIT} to EXPLAIN against a real graph. */
	public static List<Statement> all() {
		List<Statement> all = new java.util.ArrayList<>(cases().keySet().stream().map(ClusterStatementsTests::count).toList());
		all.add(page());
		all.add(afterACursor());
		all.add(pageAndCount());
		all.add(unfilteredPageAndCount());
		all.add(lookup());
		all.add(membersPage());
		all.add(keys());
		return all;
	}

	private static Statement keys() {
		return ListStatements.keys(ClusterShape.LIST, where(filter("country", "DE")));
	}

	private static Statement count(ClusterFilter filter) {
		return ListStatements.count(ClusterShape.LIST, where(filter));
	}

	private static Statement page() {
		return ListStatements.page(ClusterShape.LIST, RowFilter.NONE, ClusterShape.sort(ClusterSort.ID), FIRST_PAGE,
				Selections.of("id", "name"));
	}

	private static Statement afterACursor() {
		return ListStatements.page(ClusterShape.LIST, RowFilter.NONE, ClusterShape.sort(ClusterSort.MEMBER_COUNT_DESC),
				new PageRequest(10, "120\u001fCL00042", true), Selections.of("id"));
	}

	private static Statement pageAndCount() {
		return ListStatements.pageAndCount(ClusterShape.LIST, where(filter("country", "IT")),
				ClusterShape.sort(ClusterSort.NAME), FIRST_PAGE, Selections.of("name"));
	}

	private static Statement unfilteredPageAndCount() {
		return ListStatements.pageAndCount(ClusterShape.LIST, RowFilter.NONE, ClusterShape.sort(ClusterSort.ID),
				FIRST_PAGE, Selections.of("id"));
	}

	private static Statement lookup() {
		return ListStatements.lookup(ClusterShape.LIST, where(filter("country", "AT")), Selections.of("name",
				field("region", "code", "name"), field("ecosystems", "primary", field("ecosystem", "id")),
				field("stages", "id")));
	}

	private static Statement membersPage() {
		return ListStatements.lookup(ClusterShape.LIST, where(filter("country", "AT")), Selections.of("id",
				field("members", Map.of("first", 5), "totalCount",
						field("edges", "cursor", "since", field("node", "id", "name")))));
	}

	private static RowFilter where(ClusterFilter filter) {
		return row -> filter.on(row, AcceptingCodes.all(), 2021, "filter");
	}

	/** A filter with one field set. */
	@SuppressWarnings("unchecked")
	private static ClusterFilter filter(String field, Object value) {
		return new ClusterFilter(field.equals("country") ? (String) value : null,
				field.equals("region") ? (String) value : null, field.equals("ecosystem") ? (String) value : null,
				field.equals("primaryEcosystem") ? (String) value : null, field.equals("label") ? (String) value : null,
				field.equals("valueChain") ? (String) value : null, field.equals("stage") ? (String) value : null,
				field.equals("nace") ? (String) value : null, field.equals("partnershipKind") ? (String) value : null,
				field.equals("founded") ? (IntRange) value : null, field.equals("memberCount") ? (IntRange) value : null,
				field.equals("synthetic") ? (Boolean) value : null,
				field.equals("networkMetrics") ? (NetworkMetricsFilter) value : null,
				field.equals("ids") ? (List<String>) value : null, null, null);
	}

}
