package eu.clustergraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import eu.clustergraph.support.ServiceProcess;

/**
 * Measures what a user waits for, side by side for the two ways to start the packaged service: the jar itself
 * ({@code java -Xms1g -Xmx2g -jar target/cluster-graph.jar}) and the README's start script
 * ({@code src/main/scripts/serve.sh}, which {@code ./mvnw -Pserve} runs after packaging: the jar extracted, with a class
 * data sharing archive from the first run of the build). Each starts on an empty data directory (schema, reference
 * data and the default full-scale dataset generated and imported), the script with no archive yet, as after a new
 * build; then both restart on their directories in alternating rounds; last, the script starts once more on a new data
 * directory with the archive in place. Each run counts until {@code /actuator/health/readiness} is UP (the start-up
 * sequence has finished) and the battery value chain answers. Prints the figures recorded in BENCHMARKS.md; asserts
 * nothing. Extra arguments go to the service (e.g. {@code --clustergraph.dataset.companies=5000}).
 *
 * <p>With {@code BASELINE_JAR} naming another build's jar (say, the commit before a change, packaged in a worktree),
 * that jar's first start runs too, twice, each right before a first start of this build's jar, so a change to the
 * first start is measured against the build before it in the same run.
 *
 * <p>Run: {@code ./mvnw -DskipTests package && ./mvnw -q -Pbenchmark -Dbenchmark=StartupBenchmark test-compile exec:exec}
 */
public final class StartupBenchmark {

	private static final String QUERY = "{\"query\":\"{ valueChain(id: \\\"BAT\\\") { stages { id feeds { id } } } }\"}";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private static final Path PACKAGED_JAR = Path.of("target", "cluster-graph.jar");

	private static final Path ARCHIVE = Path.of("target", "app", "cluster-graph.jsa");

	/** The two ways to start, each given the service's arguments. */
	private enum Launch {

		JAR("java -jar") {
			@Override
			List<String> command() {
				return List.of("java", "-Xms1g", "-Xmx2g", "-jar", PACKAGED_JAR.toString());
			}
		},
		SCRIPT("serve.sh") {
			@Override
			List<String> command() {
				return List.of("bash", "src/main/scripts/serve.sh");
			}
		},
		/** Another build's jar (the one before a change), named by BASELINE_JAR: first starts only, alternated. */
		BASELINE("java -jar, baseline") {
			@Override
			List<String> command() {
				return List.of("java", "-Xms1g", "-Xmx2g", "-jar", System.getenv("BASELINE_JAR"));
			}
		};

		final String label;

		Launch(String label) {
			this.label = label;
		}

		abstract List<String> command();

	}

	public static void main(String[] args) throws Exception {
		if (!Files.exists(PACKAGED_JAR)) {
			throw new IllegalStateException("Build the jar first: ./mvnw -DskipTests package");
		}
		int restarts = 3;
		Files.deleteIfExists(ARCHIVE);
		Map<Launch, Path> dataDirs = new EnumMap<>(Launch.class);
		for (Launch launch : Launch.values()) {
			dataDirs.put(launch, Files.createTempDirectory("cluster-graph-startup-bench"));
		}
		Path another = Files.createTempDirectory("cluster-graph-startup-bench");
		List<String> rows = new ArrayList<>();
		boolean baseline = System.getenv("BASELINE_JAR") != null;
		try {
			if (baseline) {
				rows.add(run(Launch.BASELINE, emptied(dataDirs.get(Launch.BASELINE)), "first start (empty data dir)", args));
			}
			rows.add(run(Launch.JAR, dataDirs.get(Launch.JAR), "first start (empty data dir)", args));
			rows.add(run(Launch.SCRIPT, dataDirs.get(Launch.SCRIPT),
					"first start (empty data dir, no archive: writes it at the stop)", args));
			for (int i = 1; i <= restarts; i++) {
				for (Launch launch : List.of(Launch.JAR, Launch.SCRIPT)) {
					rows.add(run(launch, dataDirs.get(launch), "restart " + i, args));
				}
			}
			rows.add(run(Launch.SCRIPT, another, "first start (empty data dir, with the archive)", args));
			if (baseline) {
				rows.add(run(Launch.BASELINE, emptied(dataDirs.get(Launch.BASELINE)), "first start 2 (empty data dir)",
						args));
				rows.add(run(Launch.JAR, emptied(dataDirs.get(Launch.JAR)), "first start 2 (empty data dir)", args));
			}
		}
		finally {
			for (Path dataDir : List.of(dataDirs.get(Launch.JAR), dataDirs.get(Launch.SCRIPT),
					dataDirs.get(Launch.BASELINE), another)) {
				Files.delete(emptied(dataDir));
			}
		}
		System.out.println();
		System.out.println("| launch | run | ready (health UP) | first BAT query | peak RSS | stop |");
		System.out.println("|---|---|---|---|---|---|");
		rows.forEach(System.out::println);
	}

	/** The directory, emptied. */
	private static Path emptied(Path dataDir) throws IOException {
		try (Stream<Path> paths = Files.walk(dataDir)) {
			paths.sorted(java.util.Comparator.reverseOrder())
				.filter(path -> !path.equals(dataDir))
				.forEach(path -> path.toFile().delete());
		}
		return dataDir;
	}

	private static String run(Launch launch, Path dataDir, String label, String[] extra) throws Exception {
		int httpPort = freePort();
		Path log = Files.createTempFile("cluster-graph-bench", ".log");
		List<String> command = new ArrayList<>(launch.command());
		command.addAll(List.of("--clustergraph.data-dir=" + dataDir, "--server.port=" + httpPort,
				"--clustergraph.neo4j.embedded.bolt-port=" + freePort()));
		command.addAll(List.of(extra));
		long started = System.nanoTime();
		Process service = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			String base = "http://127.0.0.1:" + httpPort;
			awaitHealthy(base, service, log);
			long ready = System.nanoTime();
			String body = post(base + "/graphql", QUERY);
			long answered = System.nanoTime();
			if (!body.contains("BAT-6") || body.contains("errors")) {
				throw new IllegalStateException("Unexpected answer: " + body);
			}
			String rss = peakRss(ServiceProcess.jvmOf(service));
			long stopping = System.nanoTime();
			service.destroy();
			service.waitFor();
			long stopped = System.nanoTime();
			String row = "| %s | %s | %.1f s | %d ms | %s | %.1f s |".formatted(launch.label, label,
					seconds(ready - started), Duration.ofNanos(answered - ready).toMillis(), rss,
					seconds(stopped - stopping));
			System.out.println(row);
			return row;
		}
		finally {
			service.destroyForcibly();
			Files.deleteIfExists(log);
		}
	}

	private static void awaitHealthy(String base, Process service, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			if (!service.isAlive()) {
				throw new IllegalStateException("The service exited:\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Not healthy within 5 minutes");
	}

	private static String post(String url, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	/** VmHWM: the most resident memory the process has used (heap, page cache and everything else). */
	private static String peakRss(long pid) throws IOException {
		return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))
			.stream()
			.filter(line -> line.startsWith("VmHWM:"))
			.map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
			.findFirst()
			.orElse("n/a");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private StartupBenchmark() {
	}

}
