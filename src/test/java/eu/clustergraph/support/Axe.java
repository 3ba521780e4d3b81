package eu.clustergraph.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, Deque's accessibility engine (the one browsers' own audits use), for checking the explorer's pages against
 * WCAG 2 A and AA in a real browser. It is an npm package that WebJars does not carry, so the first use installs it
 * with npm under {@code target/axe}.
 */
public final class Axe {

	private static final String VERSION = "4.14.1";

	private static final Path PREFIX = Path.of("target", "axe");

	private static final Path SCRIPT = PREFIX.resolve("node_modules/axe-core/axe.min.js");

	private Axe() {
	}

	/**
	 * The WCAG 2 A and AA violations on the page the browser shows, one line each: the rule, its impact and the first
	 * elements it found.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> violations(JavascriptExecutor page) throws IOException, InterruptedException {
		page.executeScript(script());
		Object result = page.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then((results) => done(results.violations.map((v) => ({ id: v.id, impact: v.impact,
				     targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary) }))))
				  .catch((failure) => done([{ id: 'axe failed', impact: 'n/a', targets: [String(failure)] }]));""");
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
			lines.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("targets"));
		}
		return lines;
	}

	private static String script() throws IOException, InterruptedException {
		Installs.npm(PREFIX, "axe-core@" + VERSION, SCRIPT);
		return Files.readString(SCRIPT, StandardCharsets.UTF_8);
	}

}
