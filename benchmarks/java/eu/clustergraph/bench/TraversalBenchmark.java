package eu.clustergraph.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The traversal targets at full scale, over GraphQL and HTTP as a client sees them: cooperation paths (k = 3,
 * maxHops = 5) between 200 random cluster pairs and from a cluster to any cluster of a country, the subgraph of
 * depth 2 around the largest cluster (limit 2,000) and around a hub (an ecosystem), and cooperation gaps for one
 * value chain and country. Measures; asserts nothing.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -Dbenchmark=TraversalBenchmark -Dbenchmark.args=DATA_DIR test-compile exec:exec};
 * a data directory that already holds the full-scale graph skips the bootstrap.
 */
public final class TraversalBenchmark {

	private static final JsonMapper JSON = new JsonMapper();

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = Service.start(args, "cluster-graph-traversal-bench")) {
			int port = Service.port(context);
			Driver driver = context.getBean(Driver.class);
			RawHttp http = new RawHttp(port);
			List<String> clusters = driver.executableQuery("MATCH (c:Cluster) RETURN c.id AS id ORDER BY id")
				.execute().records().stream().map(r -> r.get("id").asString()).toList();
			long ties = driver.executableQuery("MATCH (:Cluster)-[t:TIED_WITH]->(:Cluster) RETURN count(t) AS n")
				.execute().records().get(0).get("n").asLong();
			System.out.printf("Graph: %,d clusters, %,d cooperation ties%n%n", clusters.size(), ties);

			SplittableRandom random = new SplittableRandom(7);
			String paths = "query($from: ID!, $to: ID!) { cooperationPaths(from: $from, to: $to, maxHops: 5, k: 3) "
					+ "{ length strength hops { channels strength strengthParts { channel strength } evidence { channel } } } }";
			for (int i = 0; i < 50; i++) {
				post(http, paths, pair(clusters, random));
			}
			double[] pathTimes = new double[200];
			int empty = 0;
			int[] lengths = new int[7];
			for (int i = 0; i < pathTimes.length; i++) {
				long started = System.nanoTime();
				JsonNode result = post(http, paths, pair(clusters, random)).path("cooperationPaths");
				pathTimes[i] = (System.nanoTime() - started) / 1e6;
				if (result.isEmpty()) {
					empty++;
				}
				else {
					lengths[result.get(0).path("length").asInt()]++;
				}
			}
			System.out.println(row("cooperationPaths k=3 maxHops=5, 200 random pairs", pathTimes,
					"no path: " + empty + "; strongest path's length 1/2/3/4/5: " + lengths[1] + "/" + lengths[2] + "/"
							+ lengths[3] + "/" + lengths[4] + "/" + lengths[5]));
			String toAny = "query($from: ID!, $country: String) { cooperationPaths(from: $from, "
					+ "toFilter: {country: $country}, maxHops: 5, k: 3) { length strength nodes { ... on Cluster { id } } } }";
			String italianAgriFood = driver.executableQuery("""
					MATCH (c:Cluster {country: 'IT'})-[:IN_ECOSYSTEM {primary: true}]->(:Ecosystem {id: 'AGRI'})
					RETURN c.id AS id ORDER BY c.memberCount DESC, id LIMIT 1""").execute().records().get(0)
				.get("id").asString();
			timed(http, toAny, Map.of("from", italianAgriFood, "country", "PL"), 5, 50,
					"cooperationPaths from the largest Italian agri-food cluster to any Polish one, k=3 maxHops=5");

			String largest = driver.executableQuery(
					"MATCH (c:Cluster) RETURN c.id AS id ORDER BY c.memberCount DESC, id LIMIT 1")
				.execute().records().get(0).get("id").asString();
			String subgraph = "query($seeds: [ID!]!, $depth: Int, $limit: Int) { subgraph(seeds: $seeds, depth: $depth, "
					+ "limit: $limit) { truncated nodes { id } edges { id } } }";
			Map<String, Object> aroundLargest = Map.of("seeds", List.of(largest), "depth", 2, "limit", 2000);
			JsonNode last = timed(http, subgraph, aroundLargest, 10, 50, "subgraph depth 2 around " + largest
					+ " (largest), limit 2,000");
			System.out.printf("  nodes %d, edges %d, truncated %s%n", last.path("subgraph").path("nodes").size(),
					last.path("subgraph").path("edges").size(), last.path("subgraph").path("truncated").asBoolean());
			// an ecosystem is a hub: hundreds of clusters, and their thousands of members one hop further
			last = timed(http, subgraph, Map.of("seeds", List.of("MOB"), "depth", 3, "limit", 2000), 3, 20,
					"subgraph depth 3 around the hub MOB (ecosystem), limit 2,000");
			System.out.printf("  nodes %d, edges %d, truncated %s%n", last.path("subgraph").path("nodes").size(),
					last.path("subgraph").path("edges").size(), last.path("subgraph").path("truncated").asBoolean());

			String gaps = "query($valueChain: ID, $country: String) { cooperationGaps(valueChain: $valueChain, "
					+ "country: $country, first: 20) { kind score summary } }";
			for (String[] question : new String[][] { { "BAT", "DE" }, { "H2", "FR" }, { "SEMI", "IT" } }) {
				last = timed(http, gaps, Map.of("valueChain", question[0], "country", question[1]), 2, 5,
						"cooperationGaps " + question[0] + " / " + question[1] + ", all kinds");
				System.out.println("  top: " + last.path("cooperationGaps").path(0).path("kind").asString() + " "
						+ last.path("cooperationGaps").path(0).path("summary").asString());
			}
		}
	}

	private static Map<String, Object> pair(List<String> clusters, SplittableRandom random) {
		String from = clusters.get(random.nextInt(clusters.size()));
		String to = clusters.get(random.nextInt(clusters.size()));
		return Map.of("from", from, "to", to);
	}

	private static JsonNode timed(RawHttp http, String document, Map<String, Object> variables, int warmUp, int runs,
			String name) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			post(http, document, variables);
		}
		double[] times = new double[runs];
		JsonNode last = null;
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			last = post(http, document, variables);
			times[i] = (System.nanoTime() - started) / 1e6;
		}
		System.out.println(row(name, times, runs + " runs"));
		return last;
	}

	private static JsonNode post(RawHttp http, String document, Map<String, Object> variables) throws Exception {
		return JSON.readTree(http.post(RawHttp.body(document, variables)))
			.path("data");
	}

	private static String row(String name, double[] millis, String note) {
		return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %s |", name, Percentiles.of(millis, 50),
				Percentiles.of(millis, 95), Arrays.stream(millis).max().orElse(0), note);
	}

	private TraversalBenchmark() {
	}

}
