package eu.clustergraph.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.Responses;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class CooperationPathsIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	CypherRunner cypher;

	@Autowired
	CypherQueries queries;

	@Test
	void pathsAreShortestFirstAndEveryHopIsBackedByItsEvidence() {
		// two clusters with no tie of their own but a common partner: the shortest path has two hops
		Record pair = single("""
				MATCH (a:Cluster) WHERE EXISTS { (a)-[:TIED_WITH]-() }
				WITH a ORDER BY a.id LIMIT 1
				MATCH p = SHORTEST 1 (a) (()-[:TIED_WITH]-()){1,2} (b:Cluster)
				WHERE length(p) = 2
				RETURN a.id AS a, b.id AS b ORDER BY b LIMIT 1""");
		List<Map<String, Object>> paths = paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 5);
		assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		assertThat(paths.get(0).get("length")).isEqualTo(2);
		assertThat(paths).extracting(path -> (Integer) path.get("length")).isSorted().allMatch(length -> length <= 4);
		for (Map<String, Object> path : paths) {
			List<Map<String, Object>> nodes = Responses.list(path, "nodes");
			assertThat(nodes.get(0).get("id")).isEqualTo(pair.get("a").asString());
			assertThat(nodes.get(nodes.size() - 1).get("id")).isEqualTo(pair.get("b").asString());
			for (Map<String, Object> hop : Responses.list(path, "hops")) {
				assertThat(Responses.list(hop, "evidence")).isNotEmpty();
				Responses.list(hop, "evidence").forEach(evidence -> assertHolds(hop, evidence));
			}
		}
	}

	@Test
	void identicalQuestionsGetIdenticalAnswersInTheSameOrder() {
		Record pair = single("""
				MATCH (x:Cluster), (y:Cluster) WHERE x.country <> y.country
				WITH x, y ORDER BY x.memberCount DESC, y.memberCount DESC, x.id, y.id LIMIT 1
				RETURN x.id AS a, y.id AS b""");
		List<Map<String, Object>> first = paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 10);
		assertThat(first).isNotEmpty();
		assertThat(paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 10)).isEqualTo(first);
	}

	@Test
	void clustersWithoutAConnectionOverTheChosenChannelsGetAnEmptyList() {
		Record pair = single("""
				MATCH (a:Cluster), (b:Cluster)
				WHERE a.id < b.id AND NOT (a)-[:AGREEMENT_WITH]-(b)
				RETURN a.id AS a, b.id AS b ORDER BY a, b LIMIT 1""");
		assertThat(paths(pair.get("a").asString(), pair.get("b").asString(), List.of("AGREEMENT"), 1, 3)).isEmpty();
	}

	@Test
	void aCompanyReachesTheClusterNetworkThroughItsMemberships() {
		Record start = single("""
				MATCH (co:Company)-[:MEMBER_OF]->(c:Cluster)-[:TIED_WITH]-(other:Cluster)
				WHERE NOT (co)-[:MEMBER_OF]->(other)
				RETURN co.id AS company, c.id AS cluster, other.id AS other ORDER BY company, cluster, other LIMIT 1""");
		List<Map<String, Object>> paths = paths(start.get("company").asString(), start.get("other").asString(), null, 3, 3);
		assertThat(paths).isNotEmpty();
		Map<String, Object> firstHop = Responses.list(paths.get(0), "hops").get(0);
		assertThat(paths.get(0).get("length")).isEqualTo(2);
		assertThat(firstHop.get("channels")).isEqualTo(List.of("MEMBERSHIP"));
		assertThat(((Map<?, ?>) firstHop.get("from")).get("id")).isEqualTo(start.get("company").asString());
	}

	@Test
	void theStatementsAreAFixedFewWhateverK() {
		Record pair = single("""
				MATCH (x:Cluster), (y:Cluster) WHERE x.country <> y.country
				WITH x, y ORDER BY x.memberCount DESC, y.memberCount DESC, x.id, y.id LIMIT 1
				RETURN x.id AS a, y.id AS b""");
		long before = this.cypher.statementCount();
		paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 1);
		long one = this.cypher.statementCount() - before;
		before = this.cypher.statementCount();
		paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 10);
		assertThat(this.cypher.statementCount() - before).isEqualTo(one).isEqualTo(3);
	}

	@Test
	void thePathQueryPlansAShortestPathSearchNotAnExhaustiveExpansion() {
		Map<String, Map<String, String>> variants = Map.of("clusters", Map.of(), "company to cluster",
				Map.of("fromLabel", "Company", "start", "(a)-[:MEMBER_OF]->(:Cluster)", "minHops", "0", "maxHops", "3"));
		variants.forEach((name, slots) -> {
			String cypher = this.queries.get("cooperation/paths").fill(slots).cypher();
			Plan plan = this.driver.executableQuery("EXPLAIN " + cypher)
				.withParameters(Map.of("from", "CL00001", "to", "CL00002", "channels", List.of("SHARED_MEMBER")))
				.execute()
				.summary()
				.plan();
			List<String> operators = operators(plan, new ArrayList<>());
			assertThat(operators).as(name).anyMatch(operator -> operator.startsWith("StatefulShortestPath"));
			assertThat(operators).as(name).noneMatch(operator -> operator.startsWith("VarLengthExpand"));
		});
	}

	@Test
	void badArgumentsAreNamed() {
		Map<String, String> bad = Map.of("cooperationPaths(from: \"CL00001\", to: \"CL00002\", maxHops: 7)", "maxHops",
				"cooperationPaths(from: \"CL00001\", to: \"CL00002\", k: 0)", "k",
				"cooperationPaths(from: \"CL00001\", to: \"CL00002\", k: 11)", "k",
				"cooperationPaths(from: \"NOPE\", to: \"CL00002\")", "from",
				"cooperationPaths(from: \"CL00001\", to: \"NOPE\")", "to",
				"cooperationPaths(from: \"CL00001\", to: \"CL00002\", channels: [])", "channels",
				"cooperationPaths(from: \"CL00001\", to: \"CL00002\", channels: [MEMBERSHIP])", "channels");
		bad.forEach((field, argument) -> this.graphQl.document("{ " + field + " { length } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).as(field).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).as(field).contains("'" + argument + "'");
					assertThat(error.getExtensions()).as(field).containsEntry("code", "BAD_USER_INPUT");
				});
			}));
	}

	@Test
	void reachCountsEveryClusterWithinTheHopsOnceByDistanceAndByCountry() {
		String id = single("MATCH (c:Cluster) RETURN c.id AS id ORDER BY c.memberCount DESC LIMIT 1").get("id").asString();
		var response = this.graphQl.documentName("cooperationReach").variable("id", id).variable("maxHops", 2).execute();
		int total = response.path("cooperationReach.total").entity(Integer.class).get();
		long expected = single("""
				MATCH (a:Cluster {id: $id})-[:TIED_WITH*1..2]-(b:Cluster) WHERE b <> a
				RETURN count(DISTINCT b) AS n""", Map.of("id", id)).get("n").asLong();
		assertThat(total).isEqualTo(expected).isPositive();
		List<Integer> byHops = response.path("cooperationReach.byHops[*].clusters").entityList(Integer.class).get();
		List<Integer> byCountry = response.path("cooperationReach.byCountry[*].clusters").entityList(Integer.class).get();
		assertThat(byHops.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
		assertThat(byCountry.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
		this.graphQl.document("{ cooperationReach(cluster: \"NOPE\") { total } }")
			.execute()
			.errors()
			.verify()
			.path("cooperationReach")
			.valueIsNull();
	}

	private void assertHolds(Map<String, Object> hop, Map<String, Object> evidence) {
		String from = (String) ((Map<?, ?>) hop.get("from")).get("id");
		String to = (String) ((Map<?, ?>) hop.get("to")).get("id");
		String channel = (String) evidence.get("channel");
		String check = switch (channel) {
			case "SHARED_MEMBER" -> "MATCH (:Cluster {id: $from})<-[:MEMBER_OF]-(m {id: $member})-[:MEMBER_OF]->(:Cluster {id: $to}) RETURN count(*) AS n";
			case "PARTNERSHIP" -> "MATCH (:Cluster {id: $from})-[:PARTICIPATES_IN]->(:Partnership {id: $partnership})<-[:PARTICIPATES_IN]-(:Cluster {id: $to}) RETURN count(*) AS n";
			case "AGREEMENT" -> "MATCH (:Cluster {id: $from})-[:AGREEMENT_WITH]-(:Cluster {id: $to}) RETURN count(*) AS n";
			case "MEMBER_COOPERATION" -> "MATCH (:Cluster {id: $from})<-[:MEMBER_OF]-(:Company {id: $company})-[:COOPERATES_WITH|SUPPLIES]-(:Company {id: $partner})-[:MEMBER_OF]->(:Cluster {id: $to}) RETURN count(*) AS n";
			default -> throw new AssertionError("unexpected channel " + channel);
		};
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("member", id(evidence.get("member")));
		parameters.put("partnership", id(evidence.get("partnership")));
		parameters.put("company", id(evidence.get("company")));
		parameters.put("partner", id(evidence.get("partner")));
		assertThat(single(check, parameters).get("n").asLong()).as(channel + " " + evidence).isPositive();
	}

	private static Object id(Object party) {
		return (party == null) ? null : ((Map<?, ?>) party).get("id");
	}

	private List<Map<String, Object>> paths(String from, String to, List<String> channels, int maxHops, int k) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("from", from);
		variables.put("to", to);
		variables.put("channels", channels);
		variables.put("maxHops", maxHops);
		variables.put("k", k);
		return Responses.execute(this.graphQl, "cooperationPaths", variables, "cooperationPaths",
				new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
				});
	}


	private static List<String> operators(Plan plan, List<String> into) {
		into.add(plan.operatorType());
		plan.children().forEach(child -> operators(child, into));
		return into;
	}

	private Record single(String cypher) {
		return single(cypher, Map.of());
	}

	private Record single(String cypher, Map<String, Object> parameters) {
		return this.driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0);
	}

}
