package eu.clustergraph.cooperation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.Responses;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CooperationPathsIT extends EmbeddedGraph {

	/** The configured default minimum strength, which the tests' own Cypher checks repeat. */
	private static final double STRONG = 0.6;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	CypherRunner cypher;

	@Autowired
	CypherQueries queries;

	@Test
	void pathsAreStrongestFirstAndEveryHopIsBackedByItsEvidence() {
		// two clusters with no strong tie of their own but a strong common partner: every path has two hops or more
		Record pair = single("""
				MATCH (a:Cluster)-[s:TIED_WITH]-(:Cluster)-[t:TIED_WITH]-(b:Cluster)
				WHERE s.strength >= $strong AND t.strength >= $strong AND b <> a
				  AND NOT EXISTS { (a)-[u:TIED_WITH]-(b) WHERE u.strength >= $strong }
				RETURN a.id AS a, b.id AS b ORDER BY a, b LIMIT 1""", Map.of("strong", STRONG));
		List<Map<String, Object>> paths = paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 5);
		assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		assertThat(paths).extracting(path -> ((Number) path.get("cost")).doubleValue()).isSorted();
		for (Map<String, Object> path : paths) {
			List<Map<String, Object>> nodes = Responses.list(path, "nodes");
			assertThat(nodes.get(0).get("id")).isEqualTo(pair.get("a").asString());
			assertThat(nodes.get(nodes.size() - 1).get("id")).isEqualTo(pair.get("b").asString());
			assertThat((Integer) path.get("length")).isBetween(2, 4);
			double product = 1;
			for (Map<String, Object> hop : Responses.list(path, "hops")) {
				double strength = ((Number) hop.get("strength")).doubleValue();
				assertThat(strength).isGreaterThanOrEqualTo(STRONG);
				double rest = 1;
				for (Map<String, Object> part : Responses.list(hop, "strengthParts")) {
					rest *= 1 - ((Number) part.get("strength")).doubleValue();
				}
				assertThat(strength).isCloseTo(1 - rest, within(1e-6));
				product *= strength;
				assertThat(Responses.list(hop, "evidence")).isNotEmpty();
				Responses.list(hop, "evidence").forEach(evidence -> assertHolds(hop, evidence));
			}
			assertThat(((Number) path.get("strength")).doubleValue()).isCloseTo(product, within(1e-9));
			assertThat(((Number) path.get("cost")).doubleValue()).isCloseTo(-Math.log(product), within(1e-6));
		}
	}

	@Test
	void pathsAskedWithoutTheirEvidenceAreTheSamePathsWithTheSameHops() {
		Record pair = farApartPair();
		List<Map<String, Object>> full = paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 3);
		List<Map<String, Object>> bare = this.graphQl.document("""
				query($from: ID!, $to: ID) {
				  cooperationPaths(from: $from, to: $to, maxHops: 4, k: 3) {
				    length weight strength cost
				    hops { channels weight strength synthetic strengthParts { channel evidence strength } }
				  }
				}""")
			.variable("from", pair.get("a").asString())
			.variable("to", pair.get("b").asString())
			.execute()
			.path("cooperationPaths")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		assertThat(full).isNotEmpty();
		assertThat(bare).hasSameSizeAs(full);
		for (int i = 0; i < full.size(); i++) {
			for (String key : List.of("length", "weight", "strength", "cost")) {
				assertThat(bare.get(i).get(key)).as(key).isEqualTo(full.get(i).get(key));
			}
			List<Map<String, Object>> fullHops = Responses.list(full.get(i), "hops");
			List<Map<String, Object>> bareHops = Responses.list(bare.get(i), "hops");
			assertThat(bareHops).hasSameSizeAs(fullHops);
			for (int h = 0; h < fullHops.size(); h++) {
				for (String key : List.of("channels", "weight", "strength", "strengthParts")) {
					assertThat(bareHops.get(h).get(key)).as(key).isEqualTo(fullHops.get(h).get(key));
				}
				// what the evidence backs is there without it: every hop of the full answer has its facts
				assertThat(Responses.list(fullHops.get(h), "evidence")).isNotEmpty();
			}
		}
	}

	@Test
	void theStrongestPathCostsWhatAHopBoundedSearchOverTheTiesFinds() {
		// an independent search written here: Bellman-Ford rounds over every tie of at least the default strength,
		// one round per hop, so round h holds the least cost of a path of at most h ties
		Map<String, Map<String, Double>> network = new TreeMap<>();
		this.driver.executableQuery("""
				MATCH (a:Cluster)-[t:TIED_WITH]->(b:Cluster) WHERE t.strength >= $strong
				RETURN a.id AS a, b.id AS b, t.strength AS s""")
			.withParameters(Map.of("strong", STRONG))
			.execute()
			.records()
			.forEach(tie -> {
				double cost = -Math.log(tie.get("s").asDouble());
				network.computeIfAbsent(tie.get("a").asString(), x -> new TreeMap<>()).put(tie.get("b").asString(), cost);
				network.computeIfAbsent(tie.get("b").asString(), x -> new TreeMap<>()).put(tie.get("a").asString(), cost);
			});
		String from = network.keySet().iterator().next();
		int maxHops = 3;
		Map<String, Double> distance = withinHops(network, from, maxHops);
		assertThat(distance).hasSizeGreaterThan(2);
		for (String to : new TreeMap<>(distance).keySet()) {
			if (to.equals(from)) {
				continue;
			}
			List<Map<String, Object>> paths = paths(from, to, null, maxHops, 1);
			assertThat(paths).as(to).hasSize(1);
			assertThat(((Number) paths.get(0).get("cost")).doubleValue()).as(to)
				.isCloseTo(distance.get(to), within(1e-5));
		}
	}

	@Test
	void pathsToAFilterEndAtDifferentMatchingClusters() {
		Record start = single("""
				MATCH (a:Cluster)-[t:TIED_WITH]-(b:Cluster) WHERE t.strength >= $strong AND a.country <> b.country
				RETURN a.id AS a, b.country AS country, t.strength AS strength ORDER BY a, country LIMIT 1""",
				Map.of("strong", STRONG));
		String country = start.get("country").asString();
		List<Map<String, Object>> paths = this.graphQl.document("""
				query($from: ID!, $country: String) {
				  cooperationPaths(from: $from, toFilter: {country: $country}, k: 3) {
				    length cost nodes { ... on Cluster { id country } }
				  }
				}""")
			.variable("from", start.get("a").asString())
			.variable("country", country)
			.execute()
			.path("cooperationPaths")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		assertThat(paths).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		// the direct tie is one path to the country: the strongest is at least as strong
		assertThat(((Number) paths.get(0).get("cost")).doubleValue())
			.isLessThanOrEqualTo(-Math.log(start.get("strength").asDouble()) + 1e-9);
		assertThat(paths).extracting(path -> ((Number) path.get("cost")).doubleValue()).isSorted();
		List<Object> ends = new ArrayList<>();
		for (Map<String, Object> path : paths) {
			List<Map<String, Object>> nodes = Responses.list(path, "nodes");
			assertThat(nodes.get(nodes.size() - 1).get("country")).isEqualTo(country);
			ends.add(nodes.get(nodes.size() - 1).get("id"));
		}
		assertThat(ends).doesNotHaveDuplicates();
	}

	@Test
	void aPathFromAPartyToItselfHasLengthZero() {
		assertThat(paths("CL00001", "CL00001", null, 4, 3)).singleElement().satisfies(path -> {
			assertThat(path.get("length")).isEqualTo(0);
			assertThat(Responses.list(path, "hops")).isEmpty();
			assertThat(Responses.list(path, "nodes")).extracting(node -> node.get("id")).containsExactly("CL00001");
		});
	}

	@Test
	void identicalQuestionsGetIdenticalAnswersInTheSameOrder() {
		Record pair = farApartPair();
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
				MATCH (co:Company)-[:MEMBER_OF]->(c:Cluster)-[t:TIED_WITH]-(other:Cluster)
				WHERE t.strength >= $strong AND COUNT { (co)-[:MEMBER_OF]->() } = 1
				  // the cluster's one strongest tie: no longer path through it can be stronger
				  AND t.strength > coalesce(COLLECT { MATCH (c)-[u:TIED_WITH]-(x) WHERE x <> other RETURN max(u.strength) }[0], 0)
				RETURN co.id AS company, c.id AS cluster, other.id AS other ORDER BY company, cluster, other LIMIT 1""",
				Map.of("strong", STRONG));
		List<Map<String, Object>> paths = paths(start.get("company").asString(), start.get("other").asString(), null, 3, 3);
		assertThat(paths).isNotEmpty();
		Map<String, Object> firstHop = Responses.list(paths.get(0), "hops").get(0);
		assertThat(paths.get(0).get("length")).isEqualTo(2);
		assertThat(firstHop.get("channels")).isEqualTo(List.of("MEMBERSHIP"));
		assertThat(firstHop.get("strength")).isEqualTo(1.0);
		assertThat(((Map<?, ?>) firstHop.get("from")).get("id")).isEqualTo(start.get("company").asString());
	}

	@Test
	void theStatementsAreAFixedFewWhateverK() {
		Record pair = farApartPair();
		// the first search of a channel choice and strength makes its projection (two statements more, once); the
		// first in a fresh JVM also loads GDS's algorithms, which can take longer than the tester's usual 5 s
		this.graphQl.mutate()
			.webTestClient(client -> client.responseTimeout(Duration.ofSeconds(60)))
			.responseTimeout(Duration.ofSeconds(60))
			.build()
			.documentName("cooperationPaths")
			.variable("from", pair.get("a").asString())
			.variable("to", pair.get("b").asString())
			.variable("k", 2)
			.execute()
			.errors()
			.verify();
		long before = this.cypher.statementCount();
		paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 1);
		long one = this.cypher.statementCount() - before;
		before = this.cypher.statementCount();
		paths(pair.get("a").asString(), pair.get("b").asString(), null, 4, 10);
		// the ends, the search (asked once more when walks that revisit a cluster crowd out paths), the evidence; the
		// cluster numbering of the tie network was read by the first search
		assertThat(one).isBetween(3L, 4L);
		assertThat(this.cypher.statementCount() - before).isBetween(3L, 4L);
	}

	@Test
	void thePathSearchIsAGdsProcedureNotAnExpansion() {
		for (String name : List.of("cooperation/strongest-paths", "cooperation/strongest-paths-to-any")) {
			Plan plan = this.driver.executableQuery("EXPLAIN " + this.queries.get(name).cypher())
				.withParameters(Map.of("graph", "cluster-ties-none", "sources", List.of(0), "targets", List.of(1), "k", 3))
				.execute()
				.summary()
				.plan();
			List<String> operators = operators(plan, new ArrayList<>());
			assertThat(operators).as(name).anyMatch(operator -> operator.startsWith("ProcedureCall"));
			assertThat(operators).as(name)
				.noneMatch(operator -> operator.contains("VarLengthExpand") || operator.contains("ShortestPath"));
		}
	}

	@Test
	void badArgumentsAreNamed() {
		Map<String, String> bad = new HashMap<>();
		bad.put("cooperationPaths(from: \"CL00001\", to: \"CL00002\", maxHops: 7)", "maxHops");
		bad.put("cooperationPaths(from: \"CL00001\", to: \"CL00002\", k: 0)", "k");
		bad.put("cooperationPaths(from: \"CL00001\", to: \"CL00002\", k: 11)", "k");
		bad.put("cooperationPaths(from: \"NOPE\", to: \"CL00002\")", "from");
		bad.put("cooperationPaths(from: \"CL00001\", to: \"NOPE\")", "to");
		bad.put("cooperationPaths(from: \"CL00001\", to: \"CL00002\", channels: [])", "channels");
		bad.put("cooperationPaths(from: \"CL00001\", to: \"CL00002\", channels: [MEMBERSHIP])", "channels");
		bad.put("cooperationPaths(from: \"CL00001\", to: \"CL00002\", minStrength: 0)", "minStrength");
		bad.put("cooperationPaths(from: \"CL00001\", to: \"CL00002\", minStrength: 1.5)", "minStrength");
		bad.put("cooperationPaths(from: \"CL00001\")", "to");
		bad.put("cooperationPaths(from: \"CL00001\", to: \"CL00002\", toFilter: {country: \"DE\"})", "toFilter");
		bad.put("cooperationPaths(from: \"CL00001\", toFilter: {country: \"XX\"})", "toFilter.country");
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
	void reachAddsUpByDistanceAndByCountry() {
		// the counts themselves are checked by hand on the fixture (CooperationOnFixtureIT)
		String id = single("MATCH (c:Cluster) RETURN c.id AS id ORDER BY c.memberCount DESC LIMIT 1").get("id").asString();
		var response = this.graphQl.documentName("cooperationReach").variable("id", id).variable("maxHops", 2).execute();
		int total = response.path("cooperationReach.total").entity(Integer.class).get();
		assertThat(total).isPositive();
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

	@Test
	void aLowerMinimumStrengthReachesFarther() {
		String id = single("MATCH (c:Cluster) RETURN c.id AS id ORDER BY c.memberCount DESC LIMIT 1").get("id").asString();
		int strong = reach(id, "");
		int weak = reach(id, ", minStrength: 0.01");
		assertThat(weak).isGreaterThan(strong);
	}

	private int reach(String id, String arguments) {
		return this.graphQl.document("{ cooperationReach(cluster: \"" + id + "\", maxHops: 1" + arguments + ") { total } }")
			.execute()
			.path("cooperationReach.total")
			.entity(Integer.class)
			.get();
	}

	private Record farApartPair() {
		return single("""
				MATCH (x:Cluster), (y:Cluster) WHERE x.country <> y.country
				  AND EXISTS { (x)-[t:TIED_WITH]-() WHERE t.strength >= $strong }
				  AND EXISTS { (y)-[t:TIED_WITH]-() WHERE t.strength >= $strong }
				WITH x, y ORDER BY x.memberCount DESC, y.memberCount DESC, x.id, y.id LIMIT 1
				RETURN x.id AS a, y.id AS b""", Map.of("strong", STRONG));
	}

	/** The least cost of a path of at most {@code hops} ties to every cluster reached, by Bellman-Ford rounds. */
	private static Map<String, Double> withinHops(Map<String, Map<String, Double>> network, String from, int hops) {
		Map<String, Double> distance = new HashMap<>(Map.of(from, 0.0));
		for (int round = 0; round < hops; round++) {
			Map<String, Double> next = new HashMap<>(distance);
			distance.forEach((node, cost) -> network.getOrDefault(node, Map.of()).forEach((neighbour, tie) -> {
				double through = cost + tie;
				if (through < next.getOrDefault(neighbour, Double.MAX_VALUE)) {
					next.put(neighbour, through);
				}
			}));
			distance = next;
		}
		return distance;
	}

	private void assertHolds(Map<String, Object> hop, Map<String, Object> evidence) {
		String from = (String) ((Map<?, ?>) hop.get("from")).get("id");
		String to = (String) ((Map<?, ?>) hop.get("to")).get("id");
		String channel = (String) evidence.get("channel");
		String check = switch (channel) {
			case "SHARED_MEMBER" -> "MATCH (:Cluster {id: $from})<-[:MEMBER_OF]-(m {id: $member})-[:MEMBER_OF]->(:Cluster {id: $to}) RETURN count(*) AS n";
			case "PARTNERSHIP" -> "MATCH (:Cluster {id: $from})-[:PARTICIPATES_IN]->(:Partnership {id: $partnership})<-[:PARTICIPATES_IN]-(:Cluster {id: $to}) RETURN count(*) AS n";
			case "AGREEMENT" -> "MATCH (:Cluster {id: $from})-[:AGREEMENT_WITH]-(:Cluster {id: $to}) RETURN count(*) AS n";
			case "MEMBER_COOPERATION" -> """
					MATCH (a:Cluster {id: $from})<-[:MEMBER_OF]-(x:Company {id: $company})-[:COOPERATES_WITH|SUPPLIES]-(y:Company {id: $partner})-[:MEMBER_OF]->(b:Cluster {id: $to})
					WHERE NOT (x)-[:MEMBER_OF]->(b) AND NOT (y)-[:MEMBER_OF]->(a)
					RETURN count(*) AS n""";
			default -> throw new AssertionError("unexpected channel " + channel);
		};
		Map<String, Object> parameters = new HashMap<>();
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
		Map<String, Object> variables = new HashMap<>();
		variables.put("from", from);
		variables.put("to", to);
		variables.put("channels", channels);
		variables.put("maxHops", maxHops);
		variables.put("k", k);
		return Responses.execute(this.graphQl, "cooperationPaths", variables, "cooperationPaths",
				new ParameterizedTypeReference<List<Map<String, Object>>>() {
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
