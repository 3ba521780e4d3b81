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

/**
 * The gap finders recover the ground truth the generator plants and writes to {@code truth/}, through the
 * {@code report} sub-command as a user runs it. 20,000 companies (141 clusters) is the smallest preset with
 * complementary pairs that no strong tie reaches within two hops; the 5,000 preset has none.
 */
class GapRecoveryIT {

	@TempDir
	Path directory;

	@Test
	void everyKindRecoversThePlantedAndNaturalGapsWithPrecisionAndRecallOfAtLeastEightTenths() throws Exception {
		Path dataset = this.directory.resolve("dataset");
		new DatasetGenerator(GeneratorOptions.preset(20_000)).generate(dataset);
		Path json = this.directory.resolve("report.json");
		int exit = ClusterGraphCommand.execute("report", dataset.toString(), "--json", json.toString());
		assertThat(exit).isEqualTo(CommandLine.ExitCode.OK);
		JsonNode recovery = JsonMapper.builder().build().readTree(Files.readString(json)).get("recovery");
		assertThat(recovery).extracting(kind -> kind.get("kind").asString())
			.containsExactly("UNORGANISED_STRENGTH", "STAGE_COVERAGE", "COMPLEMENTARY_STAGES");
		for (JsonNode kind : recovery) {
			String name = kind.get("kind").asString();
			assertThat(kind.get("planted").asInt()).as(name + " planted").isPositive();
			assertThat(kind.get("precision").asDouble()).as(name + " precision").isGreaterThanOrEqualTo(0.8);
			assertThat(kind.get("recall").asDouble()).as(name + " recall").isGreaterThanOrEqualTo(0.8);
			assertThat(kind.get("plantedRecall").asDouble()).as(name + " planted recall").isGreaterThanOrEqualTo(0.8);
		}
	}

}
