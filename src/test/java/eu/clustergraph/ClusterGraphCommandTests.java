package eu.clustergraph;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterGraphCommandTests {

	@Test
	void helpListsTheSubCommandsAndExitsZero() {
		var out = new java.io.StringWriter();
		var command = new CommandLine(new ClusterGraphCommand());
		command.setOut(new java.io.PrintWriter(out));
		assertThat(command.execute("--help")).isZero();
		assertThat(out.toString()).contains("load-reference", "derive-ties", "report");
	}

	@Test
	void anUnknownWordIsAUsageErrorNotAServerStart() {
		assertThat(ClusterGraphCommand.execute("lod-reference")).isEqualTo(CommandLine.ExitCode.USAGE);
	}

}
