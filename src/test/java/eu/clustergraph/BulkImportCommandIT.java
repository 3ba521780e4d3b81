package eu.clustergraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import --bulk DIR}, run as a user runs it: Neo4j's batch importer builds a store that does not exist yet,
 * then the schema, the reference data and the ties follow; a store that exists is refused, and a dataset that does
 * not validate leaves no store behind.
 */
class BulkImportCommandIT {

	@TempDir
	Path directory;

	@Test
	void aBulkImportBuildsANewStoreWithReferenceDataAndTiesAndRefusesAStoreThatExists() throws IOException {
		Path report = this.directory.resolve("report.json");

		assertThat(bulkImport(RealDatasetIT.REAL, "--report", report.toString())).isEqualTo(CommandLine.ExitCode.OK);
		assertThat(report(report).get("rows").get("clusters.csv").asInt()).isEqualTo(97);
		assertThat(count("MATCH (c:Cluster) RETURN count(c) AS n")).isEqualTo(97);
		// the batch import wrote the reference data whole, the regions' names included
		assertThat(count("MATCH (:Cluster)-[:LOCATED_IN]->(r:Region) WHERE r.name IS NULL RETURN count(r) AS n"))
			.isZero();
		assertThat(count("MATCH (:Cluster)-[t:TIED_WITH]->(:Cluster) RETURN count(t) AS n")).isPositive();

		assertThat(bulkImport(RealDatasetIT.REAL)).isEqualTo(CommandLine.ExitCode.SOFTWARE);
		assertThat(count("MATCH (c:Cluster) RETURN count(c) AS n")).isEqualTo(97);
	}

	@Test
	void aDatasetThatDoesNotValidateLeavesNoStoreAndItsValidRowsLoadWithSkipInvalid() throws IOException {
		Path dataset = copy(RealDatasetIT.REAL, this.directory.resolve("dataset"));
		Files.writeString(dataset.resolve("clusters.csv"), "XCL1,Country Seat,CS,,2005,ASSOCIATION,2,NONE,,DE,false,test\n",
				StandardOpenOption.APPEND);
		Path report = this.directory.resolve("report.json");

		assertThat(bulkImport(dataset, "--report", report.toString())).isEqualTo(CommandLine.ExitCode.SOFTWARE);
		assertThat(report(report).get("problems").get(0).get("column").asString()).isEqualTo("region");
		assertThat(this.directory.resolve("graph/neo4j/data/databases/neo4j")).doesNotExist();

		assertThat(bulkImport(dataset, "--skip-invalid", "--report", report.toString())).isEqualTo(CommandLine.ExitCode.OK);
		assertThat(count("MATCH (c:Cluster) RETURN count(c) AS n")).isEqualTo(97);
	}

	@Test
	void aValueWithLineBreaksIsImportedWhole() throws IOException {
		Path dataset = copy(RealDatasetIT.REAL, this.directory.resolve("dataset"));
		Files.writeString(dataset.resolve("clusters.csv"),
				"XCL2,Two Lines,TL,\"First line,\r\nsecond line\",2005,ASSOCIATION,2,NONE,,DE11,false,test\n",
				StandardOpenOption.APPEND);

		assertThat(bulkImport(dataset)).isEqualTo(CommandLine.ExitCode.OK);
		assertThat(count("MATCH (c:Cluster {id: 'XCL2'}) WHERE c.description = 'First line,\r\nsecond line' "
				+ "RETURN count(c) AS n")).isEqualTo(1);
		assertThat(count("MATCH (c:Cluster) RETURN count(c) AS n")).isEqualTo(98);
	}

	@Test
	void aBulkImportThatIsToValidateOnlyIsRefusedBeforeAnythingStarts() {
		assertThat(bulkImport(RealDatasetIT.REAL, "--validate-only")).isEqualTo(CommandLine.ExitCode.USAGE);
		assertThat(this.directory.resolve("graph")).doesNotExist();
	}

	private int bulkImport(Path dataset, String... options) {
		List<String> arguments = new ArrayList<>(List.of("import", "--bulk", dataset.toString()));
		arguments.addAll(List.of(options));
		arguments.addAll(List.of("--clustergraph.data-dir=" + this.directory.resolve("graph"),
				"--clustergraph.neo4j.embedded.bolt-port=0"));
		return ClusterGraphCommand.execute(arguments.toArray(String[]::new));
	}

	private long count(String cypher) {
		long[] count = new long[1];
		ClusterGraphCommand.runJob(List.of("--clustergraph.data-dir=" + this.directory.resolve("graph"),
				"--clustergraph.neo4j.embedded.bolt-port=0"), sequence -> {
				}, context -> {
					count[0] = context.getBean(Driver.class).executableQuery(cypher).execute().records().get(0)
						.get("n").asLong();
					return 0;
				});
		return count[0];
	}

	private static JsonNode report(Path report) throws IOException {
		return JsonMapper.builder().build().readTree(Files.readString(report));
	}

	private static Path copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		return to;
	}

}
