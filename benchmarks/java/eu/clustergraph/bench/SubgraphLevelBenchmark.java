package eu.clustergraph.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One level of a subgraph's expansion (`cypher/queries/subgraph/level.cypher`) with the limit shared fairly among the
 * frontier, against the statement it replaced (the lowest element ids over the whole frontier), alternated A/B in
 * the same run on the same frontiers: the largest cluster's first level, a mid-sized cluster's and the hub MOB's
 * second level, and the explorer's expansion of a member beside its cluster. Medians; measures, asserts nothing.
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmark -Dbenchmark=SubgraphLevelBenchmark -Dbenchmark.args=DATA_DIR test-compile exec:exec}.
 */
public final class SubgraphLevelBenchmark {

	/** The statement before issue 18, kept here only to compare with. */
	private static final String ELEMENT_ID_ORDER = """
			MATCH (n) WHERE elementId(n) IN $frontier
			MATCH (n)-[r]-(m)
			WHERE ($types IS NULL OR type(r) IN $types)
			  AND (type(r) <> 'TIED_WITH' OR r.strength >= $minStrength)
			  AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
			  AND NOT elementId(m) IN $seen
			WITH DISTINCT elementId(m) AS node
			RETURN node
			ORDER BY node
			LIMIT $remaining""";

	public static void main(String[] args) throws Exception {
		String fair;
		try (var in = SubgraphLevelBenchmark.class.getResourceAsStream("/cypher/queries/subgraph/level.cypher")) {
			fair = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.startsWith("//") && !line.startsWith(":param"))
				.reduce("", (a, b) -> a + b + "\n");
		}
		try (ConfigurableApplicationContext context = Service.start(args, "cluster-graph-subgraph-bench")) {
			Driver driver = context.getBean(Driver.class);
			String largest = one(driver, "MATCH (c:Cluster) RETURN elementId(c) AS id ORDER BY c.memberCount DESC LIMIT 1");
			String member = one(driver, """
					MATCH (c) WHERE elementId(c) = $c MATCH (m:Company)-[:MEMBER_OF]->(c)
					RETURN elementId(m) AS id ORDER BY m.id LIMIT 1""", Map.of("c", largest));
			// a cluster whose first level fits within 2,000 nodes, so that the second level runs
			String medium = one(driver, "MATCH (c:Cluster) WHERE 150 <= c.memberCount <= 300 RETURN elementId(c) AS id "
					+ "ORDER BY c.id LIMIT 1");
			List<String> around = all(driver, "MATCH (c)--(m) WHERE elementId(c) = $c RETURN DISTINCT elementId(m) AS id",
					Map.of("c", medium));
			String mob = one(driver, "MATCH (e:Ecosystem {id: 'MOB'}) RETURN elementId(e) AS id");
			List<String> aroundMob = all(driver, "MATCH (e)--(m) WHERE elementId(e) = $c RETURN DISTINCT elementId(m) AS id",
					Map.of("c", mob));

			Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
			cases.put("largest cluster, level 1, limit 120 (explorer)", level(List.of(largest), List.of(largest), 120));
			cases.put("largest cluster, level 1, limit 2,000", level(List.of(largest), List.of(largest), 2000));
			List<String> seen = new ArrayList<>(around);
			seen.add(medium);
			cases.put("a 150-300 member cluster, level 2, limit 2,000 (" + around.size() + " in the frontier)",
					level(around, seen, Math.max(1, 2000 - seen.size())));
			List<String> seenMob = new ArrayList<>(aroundMob);
			seenMob.add(mob);
			cases.put("hub MOB, level 2, limit 2,000 (" + aroundMob.size() + " in the frontier)",
					level(aroundMob, seenMob, Math.max(1, 2000 - seenMob.size())));
			cases.put("largest cluster and a member, level 1, limit 180 (explorer expansion)",
					level(List.of(largest, member), List.of(largest, member), 178));

			System.out.println("| level | element id order (before) | fair share (now) | ratio now/before |");
			System.out.println("|---|---|---|---|");
			for (Map.Entry<String, Map<String, Object>> entry : cases.entrySet()) {
				List<Double> before = new ArrayList<>();
				List<Double> now = new ArrayList<>();
				for (int round = 0; round < 23; round++) {
					double a = time(driver, ELEMENT_ID_ORDER, entry.getValue());
					double b = time(driver, fair, entry.getValue());
					if (round >= 3) {
						before.add(a);
						now.add(b);
					}
				}
				double medianBefore = Percentiles.of(before.stream().mapToDouble(Double::doubleValue).toArray(), 50);
				double medianNow = Percentiles.of(now.stream().mapToDouble(Double::doubleValue).toArray(), 50);
				System.out.printf("| %s | %.1f ms | %.1f ms | %.2f |%n", entry.getKey(), medianBefore, medianNow,
						medianNow / medianBefore);
			}
		}
	}

	private static Map<String, Object> level(List<String> frontier, List<String> seen, int remaining) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("frontier", frontier);
		parameters.put("seen", seen);
		parameters.put("types", null);
		parameters.put("labels", null);
		parameters.put("minStrength", 0.6);
		parameters.put("remaining", remaining + 1);
		return parameters;
	}

	private static double time(Driver driver, String statement, Map<String, Object> parameters) {
		long started = System.nanoTime();
		driver.executableQuery(statement).withParameters(parameters).execute();
		return (System.nanoTime() - started) / 1e6;
	}

	private static String one(Driver driver, String statement) {
		return one(driver, statement, Map.of());
	}

	private static String one(Driver driver, String statement, Map<String, Object> parameters) {
		return all(driver, statement, parameters).get(0);
	}

	private static List<String> all(Driver driver, String statement, Map<String, Object> parameters) {
		return driver.executableQuery(statement).withParameters(parameters).execute().records().stream()
			.map((record) -> record.get("id").asString())
			.toList();
	}

}
