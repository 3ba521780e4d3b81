package eu.clustergraph.organisation;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	CypherRunner cypher;

	@Autowired
	Driver driver;

	@Test
	void anOrganisationComesWithItsRegionAndClusters() {
		Record expected = single("""
				MATCH (o:Organisation)-[:LOCATED_IN]->(r:Region)
				WITH o, r ORDER BY o.id LIMIT 1
				RETURN o.id AS id, r.code AS region, COLLECT { MATCH (o)-[:MEMBER_OF]->(c:Cluster) RETURN c.id ORDER BY c.id } AS clusters""",
				Map.of());
		var response = this.graphQl.document("query($id: ID!) { organisation(id: $id) { id type region { code } "
				+ "clusters { id } } }").variable("id", expected.get("id").asString()).execute();
		response.errors().verify();
		response.path("organisation.region.code").entity(String.class).isEqualTo(expected.get("region").asString());
		response.path("organisation.clusters[*].id")
			.entityList(String.class)
			.isEqualTo(expected.get("clusters").asList(value -> value.asString()))
			.satisfies(ids -> assertThat(ids).isNotEmpty());
	}

	@Test
	void anUnknownOrganisationIsNullWithoutError() {
		this.graphQl.document("{ organisation(id: \"OR99999\") { id } }")
			.execute()
			.errors()
			.verify()
			.path("organisation")
			.valueIsNull();
	}

	@Test
	void researchPartnersOfARegionIncludeItsSubRegionsAndEitherType() {
		Record sample = single("MATCH (o:Organisation) WHERE o.region IS NOT NULL AND o.type IN ['RESEARCH', 'UNIVERSITY'] "
				+ "RETURN o.region AS region ORDER BY o.id LIMIT 1", Map.of());
		String nuts1 = sample.get("region").asString().substring(0, 3);
		long expected = single("MATCH (o:Organisation) WHERE o.region STARTS WITH $nuts1 AND o.type IN ['RESEARCH', "
				+ "'UNIVERSITY'] RETURN count(o) AS n", Map.of("nuts1", nuts1)).get("n").asLong();
		var response = this.graphQl.documentName("researchPartnersOfRegion")
			.variable("region", nuts1)
			.variable("first", 100)
			.execute();
		response.errors().verify();
		response.path("organisations.totalCount").entity(Long.class).isEqualTo(expected);
		response.path("organisations.nodes[*].type")
			.entityList(String.class)
			.satisfies(types -> assertThat(types).isNotEmpty().allMatch(type -> type.equals("RESEARCH") || type.equals("UNIVERSITY")));
		response.path("organisations.nodes[*].region.code")
			.entityList(String.class)
			.satisfies(codes -> assertThat(codes).allMatch(code -> code.startsWith(nuts1)));
		response.path("organisations.nodes[*].name").entityList(String.class).satisfies(names -> assertThat(names).isSorted());
	}

	@Test
	void aRegionOrATypeMatchesUnderOr() {
		String region = single("MATCH (o:Organisation) WHERE o.region IS NOT NULL RETURN o.region AS region "
				+ "ORDER BY o.id LIMIT 1", Map.of()).get("region").asString();
		long expected = single("MATCH (o:Organisation) WHERE o.region STARTS WITH $region OR o.type = 'PUBLIC' "
				+ "RETURN count(o) AS n", Map.of("region", region)).get("n").asLong();
		this.graphQl.document("query($region: String) { organisations(filter: { OR: [{ region: $region }, "
				+ "{ type: PUBLIC }] }) { totalCount } }")
			.variable("region", region)
			.execute()
			.path("organisations.totalCount")
			.entity(Long.class)
			.isEqualTo(expected);
	}

	@Test
	void anUnknownRegionInANestedFilterNamesItsArgument() {
		this.graphQl.document("{ organisations(filter: { AND: [{ type: RESEARCH }, { region: \"ZZ9\" }] }) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "filter.AND[1].region");
				assertThat(error.getMessage()).contains("ZZ9");
			}));
	}

	@Test
	void regionsAndClustersOfAPageCostOneStatementEachWhateverThePageSize() {
		// the page, its regions, its clusters
		assertThat(statementsFor(10)).isEqualTo(statementsFor(100)).isEqualTo(3);
	}

	private long statementsFor(int first) {
		long before = this.cypher.statementCount();
		var response = this.graphQl.document("query($first: Int) { organisations(first: $first) { nodes { id "
				+ "region { code } clusters { id } } } }").variable("first", first).execute();
		response.errors().verify();
		response.path("organisations.nodes").entityList(Object.class).hasSize(first);
		return this.cypher.statementCount() - before;
	}

	private Record single(String cypher, Map<String, Object> parameters) {
		List<Record> records = this.driver.executableQuery(cypher).withParameters(parameters).execute().records();
		assertThat(records).as(cypher).hasSize(1);
		return records.get(0);
	}

}
