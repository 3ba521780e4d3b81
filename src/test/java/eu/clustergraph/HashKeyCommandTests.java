package eu.clustergraph;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

class HashKeyCommandTests {

	@Test
	void theKeyPrintedIsAcceptedByTheHashPrintedAndNeverAppearsInTheSettings() {
		StringWriter out = new StringWriter();
		CommandLine command = new CommandLine(new HashKeyCommand());
		command.setOut(new PrintWriter(out));

		assertThat(command.execute("--name", "alice", "--roles", "CURATOR,ADMIN", "--index", "2")).isZero();

		List<String> lines = out.toString().lines().toList();
		String key = lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1);
		assertThat(key).startsWith("alice.");
		String secret = key.substring("alice.".length());
		String hash = value(lines, "clustergraph.security.keys[2].hash=");
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(secret, hash)).isTrue();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(secret);
		assertThat(value(lines, "clustergraph.security.keys[2].name=")).isEqualTo("alice");
		assertThat(value(lines, "clustergraph.security.keys[2].roles=")).isEqualTo("CURATOR,ADMIN");
	}

	@Test
	void aNameThatCannotBeOneIsAUsageError() {
		CommandLine command = new CommandLine(new HashKeyCommand());
		command.setErr(new PrintWriter(new StringWriter()));
		assertThat(command.execute("--name", "alice.smith")).isEqualTo(CommandLine.ExitCode.USAGE);
	}

	private static String value(List<String> lines, String prefix) {
		return lines.stream().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
	}

}
