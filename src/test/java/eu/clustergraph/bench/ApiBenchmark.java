package eu.clustergraph.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.Cursor;
import eu.clustergraph.system.graphql.SortOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * GraphQL over HTTP against the same Cypher run through the driver in the same JVM, at full scale (the default dataset
 * is bootstrapped on first use of the data directory): p50 and p95 over 300 runs of each side, alternating, after
 * each scenario's warm-up has let the JIT settle ({@link #warmUp}). Measures; asserts nothing.
 *
 * <p>Requests go over one kept-alive HTTP/1.1 connection from a plain socket, as a load generator such as wrk sends
 * them, so the figures are the service's cost; one row repeats the lookup through the JDK's HttpClient, whose own
 * thread hand-offs add about 0.3 ms per request on two cores.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -Dbenchmark=ApiBenchmark -Dbenchmark.args=DATA_DIR test-compile exec:exec}; a
 * data directory that already holds the full-scale graph skips the bootstrap.
 */
public final class ApiBenchmark {

	private static final int WARM_UP_WINDOW_SECONDS = 10;

	private static final int MIN_WARM_UP_SECONDS = Integer.getInteger("minWarmUpSeconds", 40);

	private static final int MAX_WARM_UP_SECONDS = Integer.getInteger("maxWarmUpSeconds", 300);

	private static final int RUNS = 300;

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	/** HTTP/1.1 keep-alive, as Tomcat serves it: no per-request upgrade attempt. */
	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = Service.start(args, "cluster-graph-api-bench")) {
			int port = Service.port(context);
			Driver driver = context.getBean(Driver.class);
			CypherQueries queries = context.getBean(CypherQueries.class);
			URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
			List<String> clusterIds = driver.executableQuery("MATCH (c:Cluster) RETURN c.id AS id ORDER BY id")
				.execute().records().stream().map(r -> r.get("id").asString()).toList();
			List<String> companyIds = driver.executableQuery("MATCH (c:Company) RETURN c.id AS id ORDER BY id")
				.execute().records().stream().map(r -> r.get("id").asString()).toList();
			System.out.printf("Graph: %,d clusters, %,d companies%n", clusterIds.size(), companyIds.size());
			SplittableRandom random = new SplittableRandom(42);
			RawHttp raw = new RawHttp(port);
			Map<String, Scenario> scenarios = new java.util.LinkedHashMap<>();

			NamedQuery clusterById = queries.get("cluster/by-id");
			String lookup = "query($id: ID!) { cluster(id: $id) { id name memberCount country } }";
			Callable<Object> lookupViaDriver = () -> read(driver, clusterById,
					Map.of("id", clusterIds.get(random.nextInt(clusterIds.size()))));
			scenarios.put("cluster(id) lookup", new Scenario(() -> raw.post(RawHttp.body(lookup,
					Map.of("id", clusterIds.get(random.nextInt(clusterIds.size()))))), lookupViaDriver));
			scenarios.put("cluster(id) lookup, JDK HttpClient instead of a plain socket",
					new Scenario(() -> post(graphql, lookup, Map.of("id", clusterIds.get(random.nextInt(clusterIds.size())))),
							lookupViaDriver));

			NamedQuery page = queries.get("company/page");
			NamedQuery regions = queries.get("company/regions");
			NamedQuery activities = queries.get("company/activities");
			NamedQuery clusters = queries.get("cluster/of-companies");
			String pageDocument = "query($after: String) { companies(first: 100, after: $after) { nodes { id name "
					+ "region { code } activity { code } clusters { id } } } }";
			SortOrder byId = new SortOrder("c.id", false, false);
			scenarios.put("companies page of 100 with region, activity, clusters", new Scenario(() -> {
				String id = companyIds.get(random.nextInt(companyIds.size() - 200));
				return raw.post(RawHttp.body(pageDocument, Map.of("after", Cursor.encode(SortOrder.cursorKey(id, id)))));
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

			scenarios.put("companies { totalCount } alone",
					new Scenario(() -> raw.post(RawHttp.body("{ companies { totalCount } }", Map.of())),
							() -> read(driver, queries.get("company/count").fill(Map.of()), Map.of())));

			// what HTTP and GraphQL cost with no data fetched, against the lookup through the driver
			scenarios.put("{ __typename } (HTTP and GraphQL alone) against the lookup",
					new Scenario(() -> raw.post(RawHttp.body("{ __typename }", Map.of())), lookupViaDriver));

			List<String> rows = new ArrayList<>();
			for (var scenario : scenarios.entrySet()) {
				warmUp(scenario.getKey(), scenario.getValue());
				rows.add(measure(scenario.getKey(), scenario.getValue()));
			}
			System.out.println();
			System.out.println("| request | GraphQL p50 | GraphQL p95 | driver p50 | driver p95 | ratio of p50s |");
			System.out.println("|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
		}
	}

	/** A request through GraphQL over HTTP and the same Cypher through the driver. */
	private record Scenario(Callable<Object> graphQl, Callable<Object> driver) {
	}

	/**
	 * Runs a scenario, both sides alternating, in windows of 10 s until the JIT has settled: a window in which the
	 * compilers worked less than 1% of the time ends the warm-up (at least 40 s, at most 5 minutes). Measured here: on
	 * two cores, where the compiler threads share the CPU with the client, the service and the database, the GraphQL
	 * side kept getting faster for over two minutes (2.2 ms after 40 s, 1.2 ms after 150 s, with the driver side at
	 * 0.9 ms throughout); a fixed short warm-up measures the JIT rather than the service. Prints each window, so the
	 * run shows the settling.
	 */
	private static void warmUp(String name, Scenario scenario) throws Exception {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		long started = System.nanoTime();
		System.out.printf("%s: warming up%n", name);
		while (true) {
			long compiledBefore = jit.getTotalCompilationTime();
			long windowEnds = System.nanoTime() + WARM_UP_WINDOW_SECONDS * 1_000_000_000L;
			List<Double> viaGraphQl = new ArrayList<>();
			List<Double> viaDriver = new ArrayList<>();
			while (System.nanoTime() < windowEnds) {
				viaGraphQl.add(time(scenario.graphQl()));
				viaDriver.add(time(scenario.driver()));
			}
			long compiledMillis = jit.getTotalCompilationTime() - compiledBefore;
			long elapsedSeconds = (System.nanoTime() - started) / 1_000_000_000L;
			System.out.printf(Locale.ROOT, "  %3d s: GraphQL p50 %.2f ms, driver p50 %.2f ms, JIT busy %d ms%n",
					elapsedSeconds, Percentiles.of(viaGraphQl.stream().mapToDouble(Double::doubleValue).toArray(), 50),
					Percentiles.of(viaDriver.stream().mapToDouble(Double::doubleValue).toArray(), 50), compiledMillis);
			boolean settled = compiledMillis < WARM_UP_WINDOW_SECONDS * 1000 / 100;
			if ((settled && elapsedSeconds >= MIN_WARM_UP_SECONDS) || elapsedSeconds >= MAX_WARM_UP_SECONDS) {
				return;
			}
		}
	}

	/** Alternates the two sides, so both see the same compiled code, heap and machine load. */
	private static String measure(String name, Scenario scenario) throws Exception {
		double[] viaGraphQl = new double[RUNS];
		double[] viaDriver = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			viaGraphQl[i] = time(scenario.graphQl());
			viaDriver[i] = time(scenario.driver());
		}
		return String.format(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f |", name,
				Percentiles.of(viaGraphQl, 50), Percentiles.of(viaGraphQl, 95), Percentiles.of(viaDriver, 50),
				Percentiles.of(viaDriver, 95), Percentiles.of(viaGraphQl, 50) / Percentiles.of(viaDriver, 50));
	}

	private static double time(Callable<Object> call) throws Exception {
		long started = System.nanoTime();
		call.call();
		return (System.nanoTime() - started) / 1e6;
	}

	private static Object read(Driver driver, NamedQuery query, Map<String, Object> parameters) {
		return driver.executableQuery(query.cypher()).withParameters(parameters).withConfig(READ).execute().records();
	}

	private static Object post(URI uri, String document, Map<String, Object> variables) throws Exception {
		String body = RawHttp.body(document, variables);
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
