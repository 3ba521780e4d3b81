package eu.clustergraph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import eu.clustergraph.system.startup.StartupProblem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Bad configuration stops start-up with a short report naming what to change, not a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailuresIT {

	@Test
	void aDataDirectoryThatCannotBeWrittenNamesTheSetting(CapturedOutput output) throws IOException {
		// A path below a regular file cannot be created, even by root (who ignores file permissions).
		Path file = Files.createTempFile("not-a-directory", ".txt");
		assertThat(problemOf(() -> start("--clustergraph.data-dir=" + file.resolve("data"))))
			.hasMessageContaining("cannot be written");
		assertReported(output, "cannot be written", "CLUSTERGRAPH_DATADIR");
	}

	@Test
	void aBoltPortInUseNamesTheSetting(CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			assertThat(problemOf(() -> start("--clustergraph.neo4j.embedded.bolt-port=" + taken.getLocalPort(),
					"--clustergraph.data-dir=target/it-data/port-in-use")))
				.hasMessageContaining("cannot be opened");
			assertReported(output, "Bolt port 127.0.0.1:" + taken.getLocalPort(), "CLUSTERGRAPH_NEO4J_EMBEDDED_BOLTPORT");
		}
	}

	@Test
	void embeddedBoltOnANonLoopbackAddressWithoutAPasswordRefusesToStart(CapturedOutput output) {
		assertThat(problemOf(() -> start("--clustergraph.neo4j.embedded.bolt-host=0.0.0.0",
				"--clustergraph.data-dir=target/it-data/open-bolt")))
			.hasMessageContaining("without authentication");
		assertReported(output, "would listen on 0.0.0.0 without authentication",
				"CLUSTERGRAPH_NEO4J_EMBEDDED_BOLTPASSWORD");
	}

	@Test
	void anUnreachableNeo4jNamesTheUri(CapturedOutput output) throws IOException {
		int closedPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			closedPort = probe.getLocalPort();
		}
		assertThat(problemOf(() -> start("--spring.neo4j.uri=bolt://127.0.0.1:" + closedPort,
				"--clustergraph.data-dir=target/it-data/unreachable")))
			.hasMessageContaining("cannot be reached");
		assertReported(output, "bolt://127.0.0.1:" + closedPort + " cannot be reached", "SPRING_NEO4J_URI");
	}

	/** The {@link StartupProblem} inside the exception Spring throws (it wraps it in bean-creation failures). */
	private static StartupProblem problemOf(ThrowingCallable startUp) {
		Throwable failure = catchThrowable(startUp);
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof StartupProblem problem) {
				return problem;
			}
		}
		throw new AssertionError("start-up did not fail with a StartupProblem", failure);
	}

	/** Starts the service as a user does, web server and start-up sequence included. */
	private static void start(String... arguments) {
		String[] withPort = Stream.concat(Arrays.stream(arguments), Stream.of("--server.port=0")).toArray(String[]::new);
		new SpringApplicationBuilder(ClusterGraphApplication.class).web(WebApplicationType.SERVLET).run(withPort).close();
	}

	private static void assertReported(CapturedOutput output, String description, String setting) {
		String report = output.getAll();
		assertThat(report).contains("APPLICATION FAILED TO START").contains(description).contains(setting);
		// The report replaces the stack trace; frames would start with a tab and "at ".
		assertThat(report).doesNotContain("\tat ");
	}

}
