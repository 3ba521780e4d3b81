package eu.clustergraph;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged real set of cluster organisations and partnerships (issue 13) validates with zero problems through the
 * same importer as any dataset, run as a user runs {@code import DIR}, into a scratch graph.
 */
class RealDatasetIT {

	/** The set as packaged, straight from the sources: what the jar carries under {@code datasets/real/}. */
	static final Path REAL = Path.of("src", "main", "resources", "datasets", "real");

	@TempDir
	Path directory;

	@Test
	void thePackagedRealSetImportsWithZeroProblems() throws Exception {
		Path report = this.directory.resolve("import-report.json");
		int exit = ClusterGraphCommand.execute("import", REAL.toString(), "--report", report.toString(),
				"--clustergraph.data-dir=" + this.directory.resolve("graph"), "--clustergraph.neo4j.embedded.bolt-port=0");
		JsonNode result = JsonMapper.builder().build().readTree(Files.readString(report));
		assertThat(result.get("problems")).as(result.toString()).isEmpty();
		assertThat(exit).isEqualTo(CommandLine.ExitCode.OK);
		assertThat(result.get("written").asBoolean()).isTrue();
		assertThat(result.get("rows").get("clusters.csv").asInt()).isEqualTo(97);
		assertThat(result.get("rows").get("partnerships.csv").asInt()).isEqualTo(28);
		assertThat(result.get("rows").get("partnership_members.csv").asInt()).isEqualTo(70);
		assertThat(result.get("rows").get("agreements.csv").asInt()).isEqualTo(2);
	}

}
