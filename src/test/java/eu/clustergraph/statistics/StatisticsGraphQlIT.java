package eu.clustergraph.statistics;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void countriesPartitionTheClustersAndCountTheirMembersOnce() {
		var response = this.graphQl.documentName("statisticsByGroup").variable("groupBy", "COUNTRY").execute();
		response.errors().verify();
		List<Map<String, Object>> rows = rows(response);
		assertThat(rows.stream().mapToInt(row -> (Integer) row.get("clusters")).sum()).isEqualTo(35);
		Map<String, Object> first = rows.get(0);
		String country = (String) first.get("group");
		var expected = this.driver.executableQuery("""
				MATCH (c:Cluster {country: $country})<-[m:MEMBER_OF]-(co:Company)
				WITH count(m) AS memberships, collect(DISTINCT co) AS companies
				RETURN memberships, size(companies) AS companies,
				       reduce(t = 0, x IN companies | t + x.employees) AS employees""")
			.withParameters(Map.of("country", country))
			.execute()
			.records()
			.get(0);
		assertThat(first.get("memberships")).isEqualTo(expected.get("memberships").asInt());
		assertThat(first.get("companies")).isEqualTo(expected.get("companies").asInt());
		assertThat(((Number) first.get("employees")).doubleValue()).isEqualTo(expected.get("employees").asDouble());
		assertThat(rows).allSatisfy(row -> assertThat(((Number) row.get("smeShare")).doubleValue()).isBetween(0.0, 1.0));
	}

	@Test
	void aClusterCountsInEveryEcosystemItWorksIn() {
		long ties = this.driver.executableQuery("MATCH (:Cluster)-[r:IN_ECOSYSTEM]->() RETURN count(r) AS n")
			.execute().records().get(0).get("n").asLong();
		List<Map<String, Object>> rows = rows(this.graphQl.documentName("statisticsByGroup").variable("groupBy", "ECOSYSTEM").execute());
		assertThat(rows.stream().mapToLong(row -> (Integer) row.get("clusters")).sum()).isEqualTo(ties);
	}

	@Test
	void groupsCarryTheDisplayNameOfTheirRegionEcosystemStageOrValueChain() {
		Map<String, String> expected = Map.of("NUTS2", "MATCH (r:Region {code: $key, version: 2021}) RETURN r.name AS name",
				"ECOSYSTEM", "MATCH (e:Ecosystem {id: $key}) RETURN e.name AS name", "STAGE",
				"MATCH (s:Stage {id: $key}) RETURN s.name AS name", "VALUE_CHAIN",
				"MATCH (v:ValueChain {id: $key}) RETURN v.name AS name");
		expected.forEach((groupBy, lookup) -> {
			List<Map<String, Object>> rows = rows(
					this.graphQl.documentName("statisticsByGroup").variable("groupBy", groupBy).execute());
			assertThat(rows).as(groupBy).isNotEmpty().allSatisfy(row -> assertThat(row.get("name")).as(groupBy)
				.isEqualTo(this.driver.executableQuery(lookup)
					.withParameters(Map.of("key", row.get("group")))
					.execute()
					.records()
					.get(0)
					.get("name")
					.asString()));
		});
		assertThat(rows(this.graphQl.documentName("statisticsByGroup").variable("groupBy", "SIZE_CLASS").execute()))
			.allSatisfy(row -> assertThat(row.get("name")).isEqualTo(row.get("group")));
	}

	@Test
	void sizeClassesSplitTheMemberCompanies() {
		long members = this.driver.executableQuery("MATCH (c:Company) WHERE (c)-[:MEMBER_OF]->() RETURN count(c) AS n")
			.execute().records().get(0).get("n").asLong();
		List<Map<String, Object>> rows = rows(this.graphQl.documentName("statisticsByGroup").variable("groupBy", "SIZE_CLASS").execute());
		assertThat(rows).extracting(row -> row.get("group")).containsExactly("LARGE", "MEDIUM", "MICRO", "SMALL");
		assertThat(rows.stream().mapToLong(row -> (Integer) row.get("companies")).sum()).isEqualTo(members);
		assertThat(rows).filteredOn(row -> row.get("group").equals("LARGE"))
			.allSatisfy(row -> assertThat(((Number) row.get("smeShare")).doubleValue()).isZero());
	}

	@Test
	void theFilterNarrowsTheClustersCounted() {
		List<Map<String, Object>> rows = rows(this.graphQl.documentName("statisticsByGroup")
			.variable("groupBy", "LABEL")
			.variable("filter", Map.of("label", "GOLD"))
			.execute());
		assertThat(rows).extracting(row -> row.get("group")).containsOnly("GOLD");
	}

	@Test
	void aClustersMemberBreakdownsAddUpToItsCompanies() {
		var response = this.graphQl.documentName("clusterMemberBreakdowns").variable("id", "CL00001").execute();
		response.errors().verify();
		int companies = response.path("cluster.companyCount").entity(Integer.class).get();
		for (String breakdown : List.of("membersBySizeClass", "membersByCountry", "membersByActivitySection")) {
			response.path("cluster." + breakdown + "[*].count")
				.entityList(Integer.class)
				.satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).as(breakdown)
					.isEqualTo(companies));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(org.springframework.graphql.test.tester.GraphQlTester.Response response) {
		return (List<Map<String, Object>>) (List<?>) response.path("statistics").entityList(Map.class).get();
	}

}
