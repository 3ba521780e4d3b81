package eu.clustergraph.startup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.clustergraph.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's start command ({@code ./mvnw -Pserve} runs {@code src/main/scripts/serve.sh} after packaging): the
 * first run of a build writes the class data sharing archive when it stops, the next start maps it, and a new build is
 * not extracted over a running service. Runs on the jar {@code ./mvnw verify} has just packaged.
 */
class ServeScriptIT {

	private static final Path SCRIPT = Path.of("src/main/scripts/serve.sh");

	private static final Path JAR = Path.of("target/cluster-graph.jar");

	private static final Path ARCHIVE = Path.of("target/app/cluster-graph.jsa");

	/** How HotSpot reports a base archive with a dynamic archive on top: three addresses, not two. */
	private static final Pattern BASE_AND_TOP_ARCHIVE = Pattern
		.compile("CDS archive\\(s\\) mapped at: \\[0x\\p{XDigit}+-0x\\p{XDigit}+-0x\\p{XDigit}+\\)");

	@TempDir
	Path work;

	@Test
	void theFirstRunOfABuildWritesTheArchiveWhenItStopsAndTheNextStartMapsIt() throws Exception {
		assertThat(JAR).as("the packaged jar (./mvnw verify packages it first)")
			.exists();
		Files.deleteIfExists(ARCHIVE);

		ServiceProcess first = serve("first.log").awaitReady(Duration.ofMinutes(3));
		assertThat(first.stop(Duration.ofMinutes(2))).as("exit status of a stop by SIGTERM").isIn(0, 143);
		assertThat(ARCHIVE).exists();
		try (Stream<Path> files = Files.list(ARCHIVE.getParent())) {
			assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
		}

		ServiceProcess second = serve("second.log").awaitReady(Duration.ofMinutes(3));
		try {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
					Long.toString(second.jvm()), "VM.info").redirectErrorStream(true).start();
			String info = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			jcmd.waitFor();
			assertThat(info).containsPattern(BASE_AND_TOP_ARCHIVE);

			// a new build is not extracted over the files a running service uses
			Files.setLastModifiedTime(JAR, FileTime.from(Instant.now().plusSeconds(5)));
			Process newBuild = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true).start();
			String refused = new String(newBuild.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(newBuild.waitFor()).isEqualTo(1);
			assertThat(refused).contains("A service runs from target/app", "stop it before starting a new build");
		}
		finally {
			second.stop(Duration.ofMinutes(1));
		}
	}

	private ServiceProcess serve(String log) throws Exception {
		int port = ServiceProcess.freePort();
		List<String> command = List.of("bash", SCRIPT.toString(), "--server.port=" + port,
				"--clustergraph.data-dir=" + this.work.resolve("data"), "--clustergraph.neo4j.embedded.bolt-port=0",
				"--clustergraph.dataset.bootstrap=false");
		return ServiceProcess.start(command,
				Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", "-Xms256m -Xmx1g"), port,
				this.work.resolve(log));
	}

}
