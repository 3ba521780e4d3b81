package eu.clustergraph.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs Python scripts for tests whose expected values come from an independent implementation (NetworkX), installing
 * the module with pip first when this machine lacks it, so that a fresh machine passes too.
 */
public final class Python {

	private static final String DEBIAN_PYTHON = "/usr/bin/python3";

	private static final List<String> PYTHONS = List.of("python3", DEBIAN_PYTHON);

	private Python() {
	}

	/**
	 * Runs {@code python3 script args...} with the module importable, and returns what it printed. The module comes
	 * from the first Python that has it: the one on the path, or Debian's; when neither has it, pip installs it (where
	 * PyPI is reachable) or else apt installs Debian's package {@code python3-<module>}.
	 */
	public static String run(String module, Path script, String... args) throws IOException, InterruptedException {
		String python = pythonWith(module);
		List<String> command = new ArrayList<>(List.of(python, script.toString()));
		command.addAll(List.of(args));
		Installs.Ran result = exec(command);
		if (result.exitCode() != 0) {
			throw new IllegalStateException(script + " failed: " + result.output());
		}
		return result.output();
	}

	private static String pythonWith(String module) throws IOException, InterruptedException {
		for (String python : PYTHONS) {
			if (has(python, module)) {
				return python;
			}
		}
		Installs.Ran pip = exec(List.of("python3", "-m", "pip", "install", "--user", "--quiet", module));
		if (pip.exitCode() == 0 && has("python3", module)) {
			return "python3";
		}
		Installs.Ran apt = exec(List.of("apt-get", "install", "-y", "-q", "python3-" + module));
		if (apt.exitCode() != 0) {
			exec(List.of("apt-get", "update", "-q"));
			apt = exec(List.of("apt-get", "install", "-y", "-q", "python3-" + module));
		}
		if (apt.exitCode() == 0 && has(DEBIAN_PYTHON, module)) {
			return DEBIAN_PYTHON;
		}
		throw new IllegalStateException("Could not install the Python module " + module + " with pip (" + pip.output()
				+ ") or apt (" + apt.output() + ")");
	}

	private static boolean has(String python, String module) {
		try {
			return exec(List.of(python, "-c", "import " + module)).exitCode() == 0;
		}
		catch (IOException notThere) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Installs.Ran exec(List<String> command) throws IOException, InterruptedException {
		return Installs.run(command, null);
	}

}
