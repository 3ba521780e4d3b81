package eu.clustergraph.region;

import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A region's and a stage's clusters, companies and indicators, fetched per response level. */
class RegionChildrenIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	CypherRunner cypher;

	@Autowired
	Driver driver;

	@Test
	void aRegionHoldsTheClustersAndCompaniesOfEveryRegionBelowIt() {
		String country = this.driver.executableQuery("MATCH (c:Cluster) RETURN c.country AS country ORDER BY c.id LIMIT 1")
			.execute().records().get(0).get("country").asString();
		long clusters = count("MATCH (c:Cluster) WHERE c.region STARTS WITH $code RETURN count(c) AS n", country);
		long companies = count("MATCH (c:Company)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(:Region {code: $code, version: 2021}) "
				+ "RETURN count(c) AS n", country);
		var response = this.graphQl.document("query($code: String!) { region(code: $code) { clusters(first: 100) { totalCount "
				+ "nodes { id } } companies(first: 3) { totalCount pageInfo { hasNextPage } nodes { id country } } } }")
			.variable("code", country)
			.execute();
		response.errors().verify();
		response.path("region.clusters.totalCount").entity(Long.class).isEqualTo(clusters);
		response.path("region.clusters.nodes").entityList(Object.class).hasSize((int) clusters);
		response.path("region.companies.totalCount").entity(Long.class).isEqualTo(companies);
		response.path("region.companies.nodes[*].country").entityList(String.class).satisfies(c -> assertThat(c).containsOnly(country));
	}

	@Test
	void nuts2RegionsCarryTheirIndicators() {
		this.graphQl.document("{ region(code: \"DE11\") { indicators { indicator year value synthetic } } }")
			.execute()
			.path("region.indicators")
			.entityList(Map.class)
			.satisfies(values -> assertThat(values).hasSize(25)
				.allSatisfy(value -> assertThat(value.get("synthetic")).isEqualTo(true)));
	}

	@Test
	void aStageListsItsClustersAndCompanies() {
		String stage = this.driver.executableQuery("MATCH (s:Stage)<-[:CONTRIBUTES_TO]-() RETURN s.id AS id LIMIT 1")
			.execute().records().get(0).get("id").asString();
		long clusters = count("MATCH (:Stage {id: $code})<-[:CONTRIBUTES_TO]-(c) RETURN count(c) AS n", stage);
		long companies = count("MATCH (:Stage {id: $code})<-[:ACTIVE_IN]-(c) RETURN count(c) AS n", stage);
		String document = "query($id: ID!) { valueChain(id: $id) { stages { id clusters { totalCount } companies(first: 2) "
				+ "{ totalCount } } } }";
		var response = this.graphQl.document(document).variable("id", stage.substring(0, stage.indexOf('-'))).execute();
		response.errors().verify();
		int index = response.path("valueChain.stages[*].id").entityList(String.class).get().indexOf(stage);
		response.path("valueChain.stages[" + index + "].clusters.totalCount").entity(Long.class).isEqualTo(clusters);
		response.path("valueChain.stages[" + index + "].companies.totalCount").entity(Long.class).isEqualTo(companies);
	}

	@Test
	void childConnectionsCostOneStatementPerLevel() {
		String document = "query($first: Int) { regions(filter: {level: 2, country: \"DE\"}, first: $first) { nodes { code "
				+ "companies(first: 2) { totalCount nodes { id } } clusters(first: 2) { totalCount } } } }";
		assertThat(statements(document, 5)).isEqualTo(statements(document, 30)).isEqualTo(3);
	}

	private long statements(String document, int first) {
		long before = this.cypher.statementCount();
		this.graphQl.document(document).variable("first", first).execute().errors().verify();
		return this.cypher.statementCount() - before;
	}

	private long count(String cypher, String code) {
		return this.driver.executableQuery(cypher).withParameters(Map.of("code", code)).execute().records().get(0)
			.get("n").asLong();
	}

}
