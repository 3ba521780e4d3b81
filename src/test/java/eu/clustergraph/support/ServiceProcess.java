package eu.clustergraph.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service in a process of its own, as a user starts it: for what a test cannot see inside one JVM (a kill -9, the
 * start command's JVM options). Its output goes to a log file, so a full pipe never blocks it and a failure can be
 * read afterwards.
 */
public final class ServiceProcess {

	private final Process process;

	private final int port;

	private final Path log;

	private ServiceProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the command in the project directory; {@code port} is the HTTP port the command gives the service. */
	public static ServiceProcess start(List<String> command, Map<String, String> environment, int port, Path log)
			throws IOException {
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		return new ServiceProcess(builder.start(), port, log);
	}

	/** Waits until {@code /actuator/health/readiness} answers UP, failing when the process exits first. */
	public ServiceProcess awaitReady(Duration within) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(this.process.isAlive()).as("the service exited before it was ready; see %s", this.log).isTrue();
			try {
				HttpResponse<String> readiness = http.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (readiness.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException notYet) {
				// the web server is not up yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the service was not ready within " + within + "; see " + this.log);
	}

	/** SIGTERM, as Ctrl-C or a service manager stops it, then waits for the process to end. */
	public int stop(Duration within) throws InterruptedException {
		this.process.destroy();
		assertThat(this.process.waitFor(within.toSeconds(), TimeUnit.SECONDS))
			.as("the service did not stop within %s; see %s", within, this.log)
			.isTrue();
		return this.process.exitValue();
	}

	/** SIGKILL: nothing of the service's own shutdown runs. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		assertThat(this.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
	}

	/** The service's JVM: this process, or the start script's child. */
	public long jvm() {
		return jvmOf(this.process);
	}

	/** The JVM of a service started by {@code java} itself or by a script that runs it as a child. */
	public static long jvmOf(Process service) {
		return service.descendants()
			.filter(child -> child.info().command().orElse("").endsWith("java"))
			.findFirst()
			.map(ProcessHandle::pid)
			.orElse(service.pid());
	}

	public static int freePort() throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			return probe.getLocalPort();
		}
	}

}
