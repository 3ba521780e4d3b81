package eu.clustergraph.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for the explorer's browser tests: Debian's {@code chromium} and {@code chromium-driver}, installed
 * with apt when this machine lacks them (so a fresh machine passes too), driven by Selenium with the driver given by
 * path (Selenium Manager would try to download one). Every page it opens records its console errors, uncaught errors,
 * rejected promises and resources that failed to load, for {@link #problems}.
 */
public final class Chromium {

	private static final Path BROWSER = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	/** Installed before any script of the page runs, on every document the browser opens. */
	private static final String TRAP = """
			window.__problems = [];
			const consoleError = console.error;
			console.error = function (...args) {
			  window.__problems.push('console.error: ' + args.map(String).join(' '));
			  return consoleError.apply(this, args);
			};
			window.addEventListener('error', (event) => window.__problems.push(event.message
			  ? 'uncaught: ' + event.message + ' at ' + event.filename + ':' + event.lineno
			  : 'failed to load: ' + (event.target && (event.target.src || event.target.href))), true);
			window.addEventListener('unhandledrejection', (event) =>
			  window.__problems.push('unhandled rejection: ' + ((event.reason && event.reason.message) || event.reason)));
			""";

	private Chromium() {
	}

	/** A headless browser with a 1400 x 900 window. */
	public static ChromeDriver start() throws IOException, InterruptedException {
		Installs.debian(List.of(BROWSER, DRIVER), "chromium", "chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--window-size=1400,900", "--lang=en-GB", "--no-first-run");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
		return driver;
	}

	/**
	 * What went wrong in the page since the last call: the trap's records and the browser log's errors (failed
	 * requests among them), each once.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> problems(ChromeDriver driver) {
		List<String> problems = new ArrayList<>();
		Object trapped = driver.executeScript("const p = window.__problems || []; window.__problems = []; return p;");
		if (trapped instanceof List<?> list) {
			list.forEach((problem) -> problems.add(String.valueOf(problem)));
		}
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
				problems.add("log: " + entry.getMessage());
			}
		}
		return problems;
	}

}
