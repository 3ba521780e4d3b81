package eu.clustergraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.NamedQuery;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a warm {@code cluster(id)} lookup's wall time goes, segment by segment, next to the same read through the
 * driver alone and an empty {@code { __typename }} request: the service runs in this JVM, so one clock times the
 * client, Tomcat's worker (the {@code http.server.requests} observation) and the Cypher read inside it (the
 * {@code clustergraph.cypher.read} observation). Prints p50s of five rounds of 3,000 requests after the warm-up;
 * measures, asserts nothing. Requests run one at a time, so the observations of one request never overlap another's.
 *
 * <p>Run: {@code ./mvnw -q -Pbenchmark -Dbenchmark=LookupTimeline -Dbenchmark.args=DATA_DIR test-compile exec:exec}
 * (the full-scale graph is bootstrapped into DATA_DIR on first use, as for {@code ApiBenchmark}).
 */
public final class LookupTimeline {

	private static final int WARM_UP_SECONDS = 150;

	private static final int ROUNDS = 5;

	private static final int RUNS = 3000;

	private static volatile long httpStarted;

	private static volatile long httpStopped;

	private static volatile long readStarted;

	private static volatile long readStopped;

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = Service.start(args, "cluster-graph-timeline")) {
			context.getBean(ObservationRegistry.class).observationConfig().observationHandler(new Clock());
			Driver driver = context.getBean(Driver.class);
			NamedQuery byId = context.getBean(CypherQueries.class).get("cluster/by-id");
			QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
			List<String> ids = driver.executableQuery("MATCH (c:Cluster) RETURN c.id AS id").execute().records()
				.stream().map(record -> record.get("id").asString()).toList();
			SplittableRandom random = new SplittableRandom(42);
			RawHttp http = new RawHttp(Service.port(context));
			String lookup = "query($id: ID!) { cluster(id: $id) { id name memberCount country } }";
			String typename = RawHttp.body("{ __typename }", Map.of());
			Runnable viaDriver = () -> driver.executableQuery(byId.cypher())
				.withParameters(Map.of("id", ids.get(random.nextInt(ids.size()))))
				.withConfig(read)
				.execute();
			long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
			while (System.nanoTime() < warmUntil) {
				http.post(RawHttp.body(lookup, Map.of("id", ids.get(random.nextInt(ids.size())))));
				viaDriver.run();
			}
			System.out.println("p50 in µs | client to worker | worker to read | read | read to worker end "
					+ "| worker end to client | lookup in all | driver alone | { __typename } | ratio");
			for (int round = 0; round < ROUNDS; round++) {
				double[][] times = new double[8][RUNS];
				for (int i = 0; i < RUNS; i++) {
					String request = RawHttp.body(lookup, Map.of("id", ids.get(random.nextInt(ids.size()))));
					long sent = System.nanoTime();
					http.post(request);
					long received = System.nanoTime();
					times[0][i] = (httpStarted - sent) / 1e3;
					times[1][i] = (readStarted - httpStarted) / 1e3;
					times[2][i] = (readStopped - readStarted) / 1e3;
					times[3][i] = (httpStopped - readStopped) / 1e3;
					times[4][i] = (received - httpStopped) / 1e3;
					times[5][i] = (received - sent) / 1e3;
					long started = System.nanoTime();
					viaDriver.run();
					times[6][i] = (System.nanoTime() - started) / 1e3;
					started = System.nanoTime();
					http.post(typename);
					times[7][i] = (System.nanoTime() - started) / 1e3;
				}
				StringBuilder row = new StringBuilder("round " + (round + 1));
				for (double[] segment : times) {
					row.append(String.format(Locale.ROOT, " | %.0f", Percentiles.of(segment, 50)));
				}
				System.out.println(row.append(String.format(Locale.ROOT, " | %.2f",
						Percentiles.of(times[5], 50) / Percentiles.of(times[6], 50))));
			}
		}
	}

	/** Notes when the HTTP request and the Cypher read of the request in flight start and stop. */
	private static final class Clock implements ObservationHandler<Observation.Context> {

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

		@Override
		public void onStart(Observation.Context context) {
			long now = System.nanoTime();
			switch (context.getName()) {
				case "http.server.requests" -> httpStarted = now;
				case "clustergraph.cypher.read" -> readStarted = now;
				default -> {
				}
			}
		}

		@Override
		public void onStop(Observation.Context context) {
			long now = System.nanoTime();
			switch (context.getName()) {
				case "http.server.requests" -> httpStopped = now;
				case "clustergraph.cypher.read" -> readStopped = now;
				default -> {
				}
			}
		}

	}

}
