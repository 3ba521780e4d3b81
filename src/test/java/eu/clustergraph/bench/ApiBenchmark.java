package eu.clustergraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import eu.clustergraph.ClusterGraphApplication;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.Cursor;
import eu.clustergraph.system.graphql.SortOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * GraphQL over HTTP against the same Cypher run through the driver in the same JVM, p50 and p95 over 300 runs after
 * 100 warm-up runs, at full scale (the default dataset is bootstrapped on first use of the data directory). Measures;
 * asserts nothing.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -Dbenchmark=ApiBenchmark -Dbenchmark.args=DATA_DIR test-compile exec:exec}; a
 * data directory that already holds the full-scale graph skips the bootstrap.
 */
public final class ApiBenchmark {

	private static final int WARM_UP = 100;

	private static final int RUNS = 300;

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	/** HTTP/1.1 keep-alive, as Tomcat serves it: no per-request upgrade attempt. */
	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** One mapper for all requests: a new one per request would measure Jackson's start-up, not the service. */
	private static final tools.jackson.databind.json.JsonMapper JSON = new tools.jackson.databind.json.JsonMapper();

	public static void main(String[] args) throws Exception {
		Path dataDir = (args.length > 0) ? Path.of(args[0]) : Files.createTempDirectory("cluster-graph-api-bench");
		List<String> arguments = new ArrayList<>(List.of("--clustergraph.data-dir=" + dataDir, "--server.port=0",
				"--clustergraph.neo4j.embedded.bolt-port=0", "--logging.level.root=WARN"));
		// further arguments are service settings, to compare configurations
		arguments.addAll(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ClusterGraphApplication.class)
			.run(arguments.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Driver driver = context.getBean(Driver.class);
			CypherQueries queries = context.getBean(CypherQueries.class);
			URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
			List<String> clusterIds = driver.executableQuery("MATCH (c:Cluster) RETURN c.id AS id ORDER BY id")
				.execute().records().stream().map(r -> r.get("id").asString()).toList();
			List<String> companyIds = driver.executableQuery("MATCH (c:Company) RETURN c.id AS id ORDER BY id")
				.execute().records().stream().map(r -> r.get("id").asString()).toList();
			System.out.printf("Graph: %,d clusters, %,d companies%n", clusterIds.size(), companyIds.size());
			SplittableRandom random = new SplittableRandom(42);
			List<String> rows = new ArrayList<>();

			NamedQuery clusterById = queries.get("cluster/by-id");
			rows.add(compare("cluster(id) lookup",
					() -> post(graphql, "query($id: ID!) { cluster(id: $id) { id name memberCount country } }",
							Map.of("id", clusterIds.get(random.nextInt(clusterIds.size())))),
					() -> read(driver, clusterById, Map.of("id", clusterIds.get(random.nextInt(clusterIds.size()))))));

			NamedQuery page = queries.get("company/page");
			NamedQuery regions = queries.get("company/regions");
			NamedQuery activities = queries.get("company/activities");
			NamedQuery clusters = queries.get("cluster/of-companies");
			String pageDocument = "query($after: String) { companies(first: 100, after: $after) { nodes { id name "
					+ "region { code } activity { code } clusters { id } } } }";
			SortOrder byId = new SortOrder("c.id", false, false);
			rows.add(compare("companies page of 100 with region, activity, clusters", () -> {
				String id = companyIds.get(random.nextInt(companyIds.size() - 200));
				return post(graphql, pageDocument, Map.of("after", Cursor.encode(SortOrder.cursorKey(id, id))));
			}, () -> {
				// the statements the API sends for that document, with the same text and parameters
				String id = companyIds.get(random.nextInt(companyIds.size() - 200));
				Predicates predicates = new Predicates();
				Map<String, String> slots = new java.util.HashMap<>(byId.slots());
				slots.put("after", byId.after(SortOrder.cursorKey(id, id), "c.id", predicates));
				Map<String, Object> parameters = new java.util.HashMap<>(predicates.parameters());
				parameters.put("limit", 101);
				List<String> ids = driver.executableQuery(page.fill(slots).cypher())
					.withParameters(parameters)
					.withConfig(READ)
					.execute()
					.records()
					.stream()
					.limit(100)
					.map(r -> r.get("c").get("id").asString())
					.toList();
				read(driver, regions, Map.of("ids", ids));
				read(driver, activities, Map.of("ids", ids));
				read(driver, clusters, Map.of("ids", ids));
				return ids.size();
			}));

			rows.add(compare("companies { totalCount } alone", () -> post(graphql, "{ companies { totalCount } }", Map.of()),
					() -> read(driver, queries.get("company/count").fill(Map.of()), Map.of())));

			System.out.println();
			System.out.println("| request | GraphQL p50 | GraphQL p95 | driver p50 | driver p95 | ratio of p50s |");
			System.out.println("|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
		}
	}

	private static String compare(String name, Callable<Object> graphQl, Callable<Object> cypher) throws Exception {
		double[] viaGraphQl = time(graphQl);
		double[] viaDriver = time(cypher);
		return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f |", name,
				percentile(viaGraphQl, 50), percentile(viaGraphQl, 95), percentile(viaDriver, 50),
				percentile(viaDriver, 95), percentile(viaGraphQl, 50) / percentile(viaDriver, 50));
	}

	private static double[] time(Callable<Object> call) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			call.call();
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long started = System.nanoTime();
			call.call();
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		return millis;
	}

	private static double percentile(double[] values, int percentile) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	private static Object read(Driver driver, NamedQuery query, Map<String, Object> parameters) {
		return driver.executableQuery(query.cypher()).withParameters(parameters).withConfig(READ).execute().records();
	}

	private static Object post(URI uri, String document, Map<String, Object> variables) throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("Request failed: " + response.body());
		}
		return response.body();
	}

	private ApiBenchmark() {
	}

}
