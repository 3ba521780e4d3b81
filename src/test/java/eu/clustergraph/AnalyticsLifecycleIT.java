package eu.clustergraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics over a store's life, as a user runs the service and its sub-commands: on an empty graph every
 * analytics answer is empty, not an error; an import computes the metrics, a restart keeps them without computing
 * them again, and a further import or the {@code analytics} sub-command computes them anew.
 */
class AnalyticsLifecycleIT {

	private static final Path REAL = Path.of("src", "main", "resources", "datasets", "real");

	@TempDir
	Path directory;

	@Test
	void emptyThenComputedByAnImportKeptOverARestartAndRecomputedByAnImportOrTheSubCommand() throws Exception {
		try (ConfigurableApplicationContext service = start()) {
			JsonNode empty = graphQl(service, "{ communities { count modularity communities { id } } "
					+ "clusters(sort: PAGE_RANK_DESC) { nodes { id } } indicators { indicator } "
					+ "clusterPresence(level: COUNTRY) { clusters } }");
			assertThat(empty.has("errors")).as(empty.toString()).isFalse();
			assertThat(empty.at("/data/communities/count").asInt()).isZero();
			assertThat(empty.at("/data/clusters/nodes")).isEmpty();
			assertThat(empty.at("/data/indicators")).isEmpty();
			assertThat(empty.at("/data/clusterPresence").size()).isEqualTo(27);
			empty.at("/data/clusterPresence").forEach(country -> assertThat(country.get("clusters").asInt()).isZero());
		}
		assertThat(run("analytics")).isEqualTo(CommandLine.ExitCode.OK);

		assertThat(run("import", REAL.toString(), "--report", this.directory.resolve("report.json").toString()))
			.isEqualTo(CommandLine.ExitCode.OK);
		ZonedDateTime imported = computedAt();
		assertThat(read("MATCH (c:Cluster) WHERE c.networkComputedAt IS NULL RETURN count(c) AS n").get(0).get("n")
			.asLong()).isZero();

		try (ConfigurableApplicationContext service = start()) {
			JsonNode metrics = graphQl(service, "{ clusters(sort: PAGE_RANK_DESC, first: 3) { nodes { id "
					+ "networkMetrics { pageRank computedAt } } } }");
			assertThat(metrics.has("errors")).as(metrics.toString()).isFalse();
			assertThat(metrics.at("/data/clusters/nodes/0/networkMetrics/pageRank").asDouble()).isPositive();
		}
		assertThat(computedAt()).as("a restart keeps the metrics of the tie network they were computed on")
			.isEqualTo(imported);

		assertThat(run("import", REAL.toString(), "--report", this.directory.resolve("report.json").toString()))
			.isEqualTo(CommandLine.ExitCode.OK);
		ZonedDateTime reimported = computedAt();
		assertThat(reimported).isAfter(imported);

		assertThat(run("analytics")).isEqualTo(CommandLine.ExitCode.OK);
		assertThat(computedAt()).isAfter(reimported);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ClusterGraphApplication.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--clustergraph.dataset.bootstrap=false", "--clustergraph.neo4j.embedded.bolt-port=0",
					"--clustergraph.data-dir=" + this.directory.resolve("graph"));
	}

	private int run(String... command) {
		List<String> arguments = new java.util.ArrayList<>(List.of(command));
		arguments.addAll(List.of("--clustergraph.data-dir=" + this.directory.resolve("graph"),
				"--clustergraph.neo4j.embedded.bolt-port=0"));
		return ClusterGraphCommand.execute(arguments.toArray(String[]::new));
	}

	private ZonedDateTime computedAt() {
		List<Record> rows = read("MATCH (c:Cluster) RETURN min(c.networkComputedAt) AS first, "
				+ "max(c.networkComputedAt) AS last");
		assertThat(rows.get(0).get("first")).isEqualTo(rows.get(0).get("last"));
		return rows.get(0).get("last").asZonedDateTime();
	}

	private List<Record> read(String cypher) {
		@SuppressWarnings("unchecked")
		List<Record>[] rows = new List[1];
		ClusterGraphCommand.runJob(List.of("--clustergraph.data-dir=" + this.directory.resolve("graph"),
				"--clustergraph.neo4j.embedded.bolt-port=0"), sequence -> {
				}, context -> {
					rows[0] = context.getBean(Driver.class).executableQuery(cypher).execute().records();
					return 0;
				});
		return rows[0];
	}

	private static JsonNode graphQl(ConfigurableApplicationContext service, String query) throws Exception {
		int port = ((WebServerApplicationContext) service).getWebServer().getPort();
		String body = JsonMapper.builder().build().writeValueAsString(java.util.Map.of("query", query));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		return JsonMapper.builder().build().readTree(response.body());
	}

}
