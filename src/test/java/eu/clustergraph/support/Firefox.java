package eu.clustergraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Headless Firefox for the explorer's check that it works beyond Chromium. Debian has no geckodriver, so Selenium
 * cannot drive it; puppeteer-core (npm) drives Debian's {@code firefox-esr} over WebDriver BiDi instead, through
 * {@code src/test/resources/explorer/firefox-check.mjs}. Both are installed when missing (apt, npm under
 * {@code target/firefox-check}); puppeteer-core downloads no browser.
 */
public final class Firefox {

	private static final Path BROWSER = Path.of("/usr/bin/firefox-esr");

	private static final Path PREFIX = Path.of("target", "firefox-check");

	private static final Path SCRIPT = Path.of("src", "test", "resources", "explorer", "firefox-check.mjs");

	private Firefox() {
	}

	/**
	 * Opens each view ({@code name=#/fragment}, or a bare name for the start page) and returns the script's report:
	 * a JSON line per view, then {@code {"problems":[...]}} with every console error, uncaught error and failed
	 * request. Screenshots go to {@code screenshots/firefox-<name>.png}.
	 */
	public static String check(String base, Path screenshots, String... views) throws IOException, InterruptedException {
		Installs.debian(List.of(BROWSER), "firefox-esr");
		Installs.npm(PREFIX, "puppeteer-core@24.43.1", PREFIX.resolve("node_modules/puppeteer-core/package.json"));
		// beside its node_modules, so that its import of puppeteer-core resolves
		Path script = PREFIX.resolve("firefox-check.mjs").toAbsolutePath();
		Files.copy(SCRIPT, script, StandardCopyOption.REPLACE_EXISTING);
		List<String> command = new ArrayList<>(
				List.of("node", script.toString(), base, screenshots.toAbsolutePath().toString()));
		command.addAll(List.of(views));
		return Installs.run(command, PREFIX.toFile()).output();
	}

}
