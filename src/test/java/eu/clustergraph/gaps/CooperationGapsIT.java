package eu.clustergraph.gaps;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.Responses;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CooperationGapsIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void complementaryStagesPairClustersAlongAFeedWithNoTieWithinTwoHops() {
		// the 5,000-company preset's 35 clusters are all within two hops of each other, so two untied clusters on a
		// feed are added for this test and removed after it
		Map<String, Object> feed = this.driver.executableQuery("""
				MATCH (v:ValueChain)-[:HAS_STAGE]->(s:Stage)-[:FEEDS]->(t:Stage)
				WITH v, s, t ORDER BY v.ordinal, s.ordinal LIMIT 1
				RETURN v.id AS chain, s.id AS upstream, t.id AS downstream""")
			.execute()
			.records()
			.get(0)
			.asMap();
		this.driver.executableQuery("""
				MATCH (s:Stage {id: $upstream}), (t:Stage {id: $downstream})
				CREATE (:Cluster {id: 'CLTEST1', name: 'Upstream test cluster', country: 'DE', region: 'DE111',
				                  excellenceLabel: 'GOLD', memberCount: 0, companyCount: 0})-[:CONTRIBUTES_TO]->(s),
				       (:Cluster {id: 'CLTEST2', name: 'Downstream test cluster', country: 'FR', region: 'FR101',
				                  excellenceLabel: 'SILVER', memberCount: 0, companyCount: 0})-[:CONTRIBUTES_TO]->(t)""")
			.withParameters(feed)
			.execute();
		try {
			List<Map<String, Object>> gaps = gaps(Map.of("valueChain", feed.get("chain"), "kinds",
					List.of("COMPLEMENTARY_STAGES"), "first", 100));
			assertThat(gaps).anySatisfy(gap -> assertThat(ids(gap, "clusters", "id")).containsExactly("CLTEST1", "CLTEST2"));
			assertRanked(gaps);
			for (Map<String, Object> gap : gaps) {
				assertComplementary(gap);
			}
		}
		finally {
			this.driver.executableQuery("MATCH (c:Cluster) WHERE c.id IN ['CLTEST1', 'CLTEST2'] DETACH DELETE c").execute();
		}
	}

	private void assertComplementary(Map<String, Object> gap) {
		List<String> clusters = ids(gap, "clusters", "id");
		List<String> stages = ids(gap, "stages", "id");
		Map<String, Object> facts = Map.of("a", clusters.get(0), "b", clusters.get(1), "s", stages.get(0), "t",
				stages.get(1));
		assertThat(count("""
				MATCH (a:Cluster {id: $a})-[:CONTRIBUTES_TO]->(s:Stage {id: $s})-[:FEEDS]->(t:Stage {id: $t})
				      <-[:CONTRIBUTES_TO]-(b:Cluster {id: $b})
				WHERE substring(a.region, 0, 4) <> substring(b.region, 0, 4)
				RETURN count(*) AS n""", facts)).as(gap.get("summary").toString()).isEqualTo(1);
		assertThat(count("""
				MATCH (a:Cluster {id: $a}), (b:Cluster {id: $b})
				RETURN COUNT { (a)-[t:TIED_WITH]-(b) WHERE t.strength >= 0.6 }
				     + COUNT { (a)-[t:TIED_WITH]-()-[u:TIED_WITH]-(b) WHERE t.strength >= 0.6 AND u.strength >= 0.6 } AS n""",
				facts))
			.isZero();
		assertThat(Responses.list(gap, "facts")).extracting(fact -> fact.get("name"))
			.contains("stage fit", "shared ecosystems", "Adamic-Adar proximity (weighted)", "excellence labels");
		assertThat(Responses.list(gap, "parts")).extracting(part -> part.get("name"))
			.containsExactly("stage fit", "ecosystem overlap", "network proximity", "excellence");
		// weighted Adamic-Adar, computed here in Cypher: common partners over ties of any strength
		double adamicAdar = this.driver.executableQuery("""
				MATCH (a:Cluster {id: $a}), (b:Cluster {id: $b})
				OPTIONAL MATCH (a)-[x:TIED_WITH]-(z:Cluster)-[y:TIED_WITH]-(b)
				WITH z, x, y, COLLECT { MATCH (z)-[w:TIED_WITH]-() RETURN sum(w.strength) }[0] AS degree
				RETURN sum(CASE WHEN z IS NULL THEN 0.0 ELSE (x.strength + y.strength) / 2 / log(1 + degree) END) AS aa""")
			.withParameters(facts)
			.execute()
			.records()
			.get(0)
			.get("aa")
			.asDouble();
		assertThat(Double.parseDouble(fact(gap, "Adamic-Adar proximity (weighted)"))).isCloseTo(adamicAdar, within(1e-3));
		assertThat(gap.get("valueChain")).isNotNull();
	}

	@Test
	void aCountryLacksTheStagesItHasNoClusterInAndThinStagesAreDependencies() {
		List<Map<String, Object>> gaps = gaps(Map.of("valueChain", "SEMI", "country", "DE", "kinds",
				List.of("STAGE_COVERAGE"), "first", 100));
		assertThat(gaps).isNotEmpty();
		for (Map<String, Object> gap : gaps) {
			String stage = ids(gap, "stages", "id").get(0);
			long countries = count("""
					MATCH (:Stage {id: $stage})<-[:CONTRIBUTES_TO]-(c:Cluster) RETURN count(DISTINCT c.country) AS n""",
					Map.of("stage", stage));
			if ("DE".equals(gap.get("country"))) {
				assertThat(count("""
						MATCH (:Stage {id: $stage})<-[:CONTRIBUTES_TO]-(c:Cluster) WHERE c.country = 'DE'
						RETURN count(c) AS n""", Map.of("stage", stage))).isZero();
				// a gap only where German companies work in the stage
				assertThat(count("""
						MATCH (:Stage {id: $stage})<-[:ACTIVE_IN]-(co:Company) WHERE co.region STARTS WITH 'DE'
						RETURN count(co) AS n""", Map.of("stage", stage))).isPositive();
			}
			else {
				assertThat(countries).isLessThan(3);
			}
		}
		assertRanked(gaps);
	}

	@Test
	void unorganisedStrengthIsARegionSpecialisedByRegionalEmploymentWithoutAClusterOfTheEcosystem() {
		List<Map<String, Object>> gaps = gaps(Map.of("kinds", List.of("UNORGANISED_STRENGTH"), "first", 25));
		assertThat(gaps).hasSize(25);
		assertRanked(gaps);
		for (Map<String, Object> gap : gaps) {
			String region = (String) ((Map<?, ?>) gap.get("region")).get("code");
			String ecosystem = (String) ((Map<?, ?>) gap.get("ecosystem")).get("id");
			assertThat(count("""
					MATCH (c:Cluster)-[:IN_ECOSYSTEM]->(:Ecosystem {id: $ecosystem}) WHERE c.region STARTS WITH $region
					RETURN count(c) AS n""", Map.of("region", region, "ecosystem", ecosystem))).isZero();
			// the location quotient again, in Cypher, over the whole regional economy
			double quotient = this.driver.executableQuery("""
					MATCH (:Ecosystem {id: $ecosystem})<-[:IN_ECOSYSTEM]-(mapped:Activity)
					WITH collect(DISTINCT substring(mapped.code, 0, 2)) AS divisions
					MATCH (r:Region)-[e:EMPLOYS]->(d:Activity)
					WITH divisions, r.code = $region AS here, d.code IN divisions AS inside, sum(e.employees) AS employees
					WITH sum(CASE WHEN here AND inside THEN employees ELSE 0 END) AS regionInside,
					     sum(CASE WHEN here THEN employees ELSE 0 END) AS region,
					     sum(CASE WHEN inside THEN employees ELSE 0 END) AS euInside, sum(employees) AS eu
					RETURN (toFloat(regionInside) / region) / (toFloat(euInside) / eu) AS quotient""")
				.withParameters(Map.of("region", region, "ecosystem", ecosystem))
				.execute()
				.records()
				.get(0)
				.get("quotient")
				.asDouble();
			assertThat(Double.parseDouble(fact(gap, "location quotient"))).isCloseTo(quotient, within(5e-4))
				.isGreaterThanOrEqualTo(1.5);
			assertThat(fact(gap, "basis")).startsWith("regional employment");
			assertThat(Long.parseLong(fact(gap, "employees in the ecosystem"))).isGreaterThanOrEqualTo(1_000);
			assertThat(Long.parseLong(fact(gap, "establishments in the ecosystem"))).isGreaterThanOrEqualTo(20);
			assertThat((Double) gap.get("score")).isCloseTo(1 - 1 / quotient, within(0.001));
		}
	}

	@Test
	void theRegionFilterOfUnorganisedStrengthWorksAtEveryNutsLevel() {
		List<Map<String, Object>> all = gaps(Map.of("kinds", List.of("UNORGANISED_STRENGTH"), "first", 100));
		String region = (String) ((Map<?, ?>) all.get(0).get("region")).get("code");
		for (String area : List.of(region.substring(0, 2), region.substring(0, 3), region, region + "1")) {
			if (area.length() == 5 && count("MATCH (r:Region {code: $code}) RETURN count(r) AS n", Map.of("code", area)) == 0) {
				continue;
			}
			List<Map<String, Object>> gaps = gaps(Map.of("kinds", List.of("UNORGANISED_STRENGTH"), "region", area,
					"first", 100));
			assertThat(gaps).as(area).anySatisfy(gap -> assertThat(((Map<?, ?>) gap.get("region")).get("code")).isEqualTo(region));
			for (Map<String, Object> gap : gaps) {
				String code = (String) ((Map<?, ?>) gap.get("region")).get("code");
				assertThat(code.startsWith(area) || area.startsWith(code)).as(area + " holds " + code).isTrue();
			}
		}
	}

	@Test
	void isolatedClustersHaveNoCrossBorderTie() {
		// the preset's clusters are densely tied; one without ties is added for this test and removed after it
		this.driver.executableQuery("""
				CREATE (:Cluster {id: 'CLTEST3', name: 'Isolated test cluster', country: 'PT', region: 'PT111',
				                  excellenceLabel: 'NONE', memberCount: 40, companyCount: 40})""").execute();
		try {
			List<Map<String, Object>> gaps = gaps(Map.of("kinds", List.of("ISOLATED"), "first", 100));
			assertThat(gaps).anySatisfy(gap -> assertThat(ids(gap, "clusters", "id")).containsExactly("CLTEST3"));
			for (Map<String, Object> gap : gaps) {
				assertThat(count("""
						MATCH (c:Cluster {id: $id})-[t:TIED_WITH]-(o:Cluster) WHERE o.country <> c.country AND t.strength >= 0.6
						RETURN count(o) AS n""", Map.of("id", ids(gap, "clusters", "id").get(0)))).isZero();
			}
			assertRanked(gaps);
			assertThat(gaps(Map.of("kinds", List.of("ISOLATED"), "country", "DE"))).noneSatisfy(
					gap -> assertThat(ids(gap, "clusters", "id")).containsExactly("CLTEST3"));
		}
		finally {
			this.driver.executableQuery("MATCH (c:Cluster {id: 'CLTEST3'}) DETACH DELETE c").execute();
		}
	}

	@Test
	void eachKindIsRankedOnItsOwnAndNoneCrowdsOutAnother() {
		List<Map<String, Object>> all = gaps(Map.of("valueChain", "BAT", "first", 2));
		assertRanked(all);
		for (String kind : List.of("COMPLEMENTARY_STAGES", "STAGE_COVERAGE", "UNORGANISED_STRENGTH", "ISOLATED")) {
			List<Map<String, Object>> alone = gaps(Map.of("valueChain", "BAT", "kinds", List.of(kind), "first", 2));
			assertThat(all.stream().filter(gap -> gap.get("kind").equals(kind)).toList()).as(kind).isEqualTo(alone);
		}
		assertThat(all.stream().map(gap -> gap.get("kind")).distinct().count()).isGreaterThan(1);
	}

	@Test
	void theSameQuestionGetsTheSameRanking() {
		Map<String, Object> question = Map.of("valueChain", "H2", "country", "FR", "first", 50);
		assertThat(gaps(question)).isEqualTo(gaps(question)).isNotEmpty();
	}

	@Test
	void badArgumentsAreNamed() {
		Map<String, String> bad = Map.of("cooperationGaps(valueChain: \"NOPE\")", "valueChain",
				"cooperationGaps(ecosystem: \"NOPE\")", "ecosystem", "cooperationGaps(country: \"Germany\")", "country",
				"cooperationGaps(region: \"XX9\")", "region", "cooperationGaps(first: 0)", "first",
				"cooperationGaps(kinds: [])", "kinds");
		bad.forEach((field, argument) -> this.graphQl.document("{ " + field + " { score } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).as(field).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("'" + argument + "'");
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			})));
	}

	/** Grouped by kind in GapKind's order, highest score first within a kind; the parts add up to the score. */
	private static void assertRanked(List<Map<String, Object>> gaps) {
		List<String> order = List.of("COMPLEMENTARY_STAGES", "STAGE_COVERAGE", "UNORGANISED_STRENGTH", "ISOLATED");
		assertThat(gaps).extracting(gap -> order.indexOf(gap.get("kind"))).isSorted();
		for (int i = 1; i < gaps.size(); i++) {
			if (gaps.get(i).get("kind").equals(gaps.get(i - 1).get("kind"))) {
				assertThat(((Number) gaps.get(i).get("score")).doubleValue())
					.isLessThanOrEqualTo(((Number) gaps.get(i - 1).get("score")).doubleValue());
			}
		}
		for (Map<String, Object> gap : gaps) {
			double sum = 0;
			for (Map<String, Object> part : Responses.list(gap, "parts")) {
				double weight = ((Number) part.get("weight")).doubleValue();
				double value = ((Number) part.get("value")).doubleValue();
				assertThat(((Number) part.get("contribution")).doubleValue()).isCloseTo(weight * value, within(1e-9));
				sum += weight * value;
			}
			assertThat(((Number) gap.get("score")).doubleValue()).isCloseTo(sum, within(1e-9));
		}
	}

	private static String fact(Map<String, Object> gap, String name) {
		return Responses.list(gap, "facts").stream()
			.filter(fact -> fact.get("name").equals(name))
			.map(fact -> (String) fact.get("value"))
			.findFirst()
			.orElseThrow();
	}

	private List<Map<String, Object>> gaps(Map<String, Object> variables) {
		return Responses.execute(this.graphQl, "cooperationGaps", variables, "cooperationGaps",
				new ParameterizedTypeReference<List<Map<String, Object>>>() {
				});
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get("n").asLong();
	}


	private static List<String> ids(Map<String, Object> map, String key, String field) {
		return Responses.list(map, key).stream().map(item -> (String) item.get(field)).toList();
	}

}
