package eu.clustergraph;

import java.nio.file.Files;
import java.nio.file.Path;

import eu.clustergraph.generator.DatasetGenerator;
import eu.clustergraph.generator.GeneratorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code report} sub-command on a dataset directory, as a user runs it: a scratch graph, then the statistics. */
class ReportCommandIT {

	@TempDir
	Path directory;

	@Test
	void aDatasetDirectoryIsImportedIntoAScratchGraphAndReported() throws Exception {
		Path dataset = this.directory.resolve("dataset");
		new DatasetGenerator(GeneratorOptions.of(500, null, 170, 11, 2021, 2)).generate(dataset);
		Path json = this.directory.resolve("report.json");
		int exit = ClusterGraphCommand.execute("report", dataset.toString(), "--min-strength", "0.6,0.05", "--json",
				json.toString());
		assertThat(exit).isEqualTo(CommandLine.ExitCode.OK);
		JsonNode reports = JsonMapper.builder().build().readTree(Files.readString(json)).get("reports");
		assertThat(reports).hasSize(2);
		assertThat(reports.get(0).get("clusters").asInt()).isEqualTo(4);
		assertThat(reports.get(0).get("minStrength").asDouble()).isEqualTo(0.6);
		// a lower minimum never keeps fewer ties
		assertThat(reports.get(1).get("ties").asInt()).isGreaterThanOrEqualTo(reports.get(0).get("ties").asInt());
		assertThat(reports.get(0).get("agreements").asInt()).isEqualTo(2);
	}

	@Test
	void aMissingDirectoryIsAUsageError() {
		assertThat(ClusterGraphCommand.execute("report", this.directory.resolve("nope").toString()))
			.isEqualTo(CommandLine.ExitCode.USAGE);
	}

}
