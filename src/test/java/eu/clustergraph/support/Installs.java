package eu.clustergraph.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the browser tests need from outside the build, installed when missing so that a fresh machine passes too:
 * Debian packages with apt (the lists refreshed once if the first try fails) and npm packages under a folder of
 * {@code target/}. Each is checked by a file it must leave behind. {@link Python} runs its commands here too.
 */
final class Installs {

	private Installs() {
	}

	/** Installs the Debian packages unless every file is already there. */
	static void debian(List<Path> files, String... packages) throws IOException, InterruptedException {
		if (files.stream().allMatch(Files::exists)) {
			return;
		}
		List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
		install.addAll(List.of(packages));
		String output = run(install, null).output();
		if (!files.stream().allMatch(Files::exists)) {
			output += run(List.of("apt-get", "update", "-q"), null).output() + run(install, null).output();
		}
		if (!files.stream().allMatch(Files::exists)) {
			throw new IllegalStateException("Could not install " + String.join(", ", packages) + " with apt: " + output);
		}
	}

	/** Installs an npm package under {@code prefix} unless {@code file} is already there; npm itself from Debian. */
	static void npm(Path prefix, String spec, Path file) throws IOException, InterruptedException {
		if (Files.exists(file)) {
			return;
		}
		Files.createDirectories(prefix);
		debian(List.of(Path.of("/usr/bin/npm")), "npm");
		String output = run(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
				prefix.toString(), spec), null).output();
		if (!Files.exists(file)) {
			throw new IllegalStateException("Could not install " + spec + " with npm: " + output);
		}
	}

	/** Runs a command to its end (at most 10 minutes): its exit code and what it printed. */
	static Ran run(List<String> command, File directory) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.directory(directory)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " ran for more than 10 minutes");
		}
		return new Ran(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	/** What a command did. */
	record Ran(int exitCode, String output) {
	}

}
