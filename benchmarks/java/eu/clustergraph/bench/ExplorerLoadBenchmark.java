package eu.clustergraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the explorer takes to load each view in headless Chromium against a running service (issue 18's target:
 * under 2 s on the full-scale graph): from the start of the navigation to the moment the view has rendered with its
 * data ({@code body[data-ready-at]}, set by the page), with the browser cache off (a first visit) and on (a return
 * visit). The anchor, alternated with every view in the same run, is GraphiQL's page from the same service to its
 * load event. Medians of the rounds; measures, asserts nothing.
 *
 * <p>Run against a service with the full-scale graph, such as {@code java -Xmx2g -jar target/cluster-graph.jar}:
 * {@code ./mvnw -q -Pbenchmark -Dbenchmark=ExplorerLoadBenchmark -Dbenchmark.args="http://127.0.0.1:8080 5" test-compile exec:exec}.
 */
public final class ExplorerLoadBenchmark {

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://127.0.0.1:8080";
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		String answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ clusters(sort: DEGREE_DESC, first: 1) { nodes { id } } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String cluster = answer.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
		Map<String, String> views = new LinkedHashMap<>();
		views.put("home", "/");
		views.put("graph", "/#/graph?seeds=" + cluster);
		views.put("paths", "/#/paths?from=" + cluster + "&country=DE");
		views.put("gaps", "/#/gaps?valueChain=BAT&country=DE");
		views.put("map", "/#/map");
		ChromeDriver browser = Chromium.start();
		try {
			System.out.printf("Explorer load, %s, cluster %s, %d rounds, medians in ms%n%n", base, cluster, rounds);
			System.out.println("| view | first visit (cache off) | GraphiQL, cache off | ratio | return visit (cache on) | GraphiQL, cache on | ratio |");
			System.out.println("|---|---|---|---|---|---|---|");
			for (Map.Entry<String, String> view : views.entrySet()) {
				double[] cold = measure(browser, base, view, rounds, true);
				double[] warm = measure(browser, base, view, rounds, false);
				System.out.printf("| %s | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f |%n", view.getKey(), cold[0], cold[1],
						cold[0] / cold[1], warm[0], warm[1], warm[0] / warm[1]);
			}
		}
		finally {
			browser.quit();
		}
	}

	/** The medians of the view's ready time and GraphiQL's load time, alternating A/B. */
	private static double[] measure(ChromeDriver browser, String base, Map.Entry<String, String> view, int rounds,
			boolean cacheOff) {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", cacheOff));
		List<Double> page = new ArrayList<>();
		List<Double> anchor = new ArrayList<>();
		open(browser, base, view); // the first load fills the cache for the return visits
		for (int round = 0; round < rounds; round++) {
			page.add(open(browser, base, view));
			browser.get("about:blank");
			browser.get(base + "/graphiql");
			new WebDriverWait(browser, Duration.ofSeconds(60)).until((driver) -> browser
				.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd > 0"));
			anchor.add(((Number) browser
				.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue());
		}
		return new double[] { Percentiles.of(page.stream().mapToDouble(Double::doubleValue).toArray(), 50),
				Percentiles.of(anchor.stream().mapToDouble(Double::doubleValue).toArray(), 50) };
	}

	private static double open(ChromeDriver browser, String base, Map.Entry<String, String> view) {
		browser.get("about:blank");
		browser.get(base + view.getValue());
		String expected = view.getKey() + ":" + (view.getValue().contains("#") ? view.getValue().substring(view.getValue().indexOf('#')) : "");
		new WebDriverWait(browser, Duration.ofSeconds(60)).until(
				(driver) -> expected.equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		return Double.parseDouble(browser.findElement(By.tagName("body")).getDomAttribute("data-ready-at"));
	}

}
