package eu.clustergraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.support.Axe;
import eu.clustergraph.support.Chromium;
import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.Firefox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real browser (headless Chromium) against the running service with the 5,000-company preset, the
 * way a policy analyst uses it: search, open a cluster, expand a node, find a path, open the gaps view and the map.
 * Every step saves a screenshot under {@code target/explorer-screenshots}, and fails on any console error, uncaught
 * error or failed request in the page, or on a blank graph; what the page draws is compared with what the API
 * returns for the request the page should make.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserIT extends EmbeddedGraph {

	private static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	ChromeDriver browser;

	WebDriverWait wait;

	/** The best-connected cluster of the preset, found through the API. */
	String cluster;

	String clusterName;

	@BeforeAll
	void startBrowser() throws IOException, InterruptedException {
		this.browser = Chromium.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
		var top = this.graphQl.document("{ clusters(sort: DEGREE_DESC, first: 1) { nodes { id name } } }").execute();
		this.cluster = top.path("clusters.nodes[0].id").entity(String.class).get();
		this.clusterName = top.path("clusters.nodes[0].name").entity(String.class).get();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@AfterEach
	void thePageReportedNoProblem() {
		assertThat(Chromium.problems(this.browser)).as("console errors, uncaught errors and failed requests").isEmpty();
	}

	@Test
	@Order(1)
	void searchSuggestsAsYouTypeAndTheKeyboardOpensTheChosenClustersCard() {
		this.browser.get(url(""));
		awaitReady("home");
		WebElement search = this.browser.findElement(By.id("search-input"));
		String typed = this.clusterName.substring(0, Math.min(this.clusterName.length(), 24));
		search.sendKeys(typed);
		WebElement suggestions = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
		this.wait.until((browser) -> typed.trim().equals(suggestions.getDomAttribute("data-for")));
		List<WebElement> options = suggestions.findElements(By.cssSelector("[role=option]"));
		int wanted = -1;
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).getText().startsWith(this.clusterName)) {
				wanted = i;
			}
		}
		assertThat(wanted).as("the cluster among the suggestions for \"%s\"", typed).isGreaterThanOrEqualTo(0);
		assertThat(search.getDomAttribute("aria-expanded")).isEqualTo("true");
		// the first suggestion is active; arrows move to the wanted one, Enter opens it
		for (int i = 0; i < wanted; i++) {
			search.sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(search.getDomAttribute("aria-activedescendant")).isEqualTo("search-results-" + wanted);
		search.sendKeys(Keys.ENTER);

		awaitReady("graph");
		assertThat(this.browser.getCurrentUrl()).endsWith("#/graph?seeds=" + this.cluster);
		WebElement card = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-card='Cluster:" + this.cluster + "']")));
		assertThat(card.findElement(By.tagName("h2")).getText()).startsWith(this.clusterName);
		assertThat(card.getText()).contains("Member companies by size class", "Ecosystems", "Network metrics");
		assertThat(card.findElement(By.partialLinkText("GraphiQL")).getDomAttribute("href")).startsWith("graphiql?query=");
		assertTheGraphShows(subgraph(List.of(this.cluster), 120));
		screenshot("1-search-and-card");
	}

	@Test
	@Order(2)
	void clickingANodeExpandsItAndTheViewShowsTheWiderNeighbourhood() {
		this.browser.get(url("#/graph?seeds=" + this.cluster));
		awaitReady("graph");
		// a member company of the cluster: expanding it brings its other clusters, region and activities
		// the one with most room around it, so that the click cannot land on a neighbour drawn over it
		String target = (String) this.browser.executeScript("""
				const nodes = window.explorer.cy.nodes();
				const room = (node) => Math.min(...nodes.filter((other) => other !== node).map((other) => Math.hypot(
				  other.renderedPosition().x - node.renderedPosition().x, other.renderedPosition().y - node.renderedPosition().y)));
				return nodes.filter((node) => node.data('kind') === 'Company')
				  .sort((a, b) => room(b) - room(a))[0].id();""");
		click(nodeCentre(target));
		String companyId = target.substring(target.indexOf(':') + 1);
		this.wait.until((browser) -> browser.getCurrentUrl().contains("expand=" + companyId));
		awaitReady("graph");
		this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-card='Company:" + companyId + "']")));
		Set<String> expected = subgraph(List.of(this.cluster, companyId), 180);
		assertTheGraphShows(expected);
		List<String> itsClusters = this.graphQl.document("query($id: ID!) { company(id: $id) { clusters { id } } }")
			.variable("id", companyId)
			.execute()
			.path("company.clusters[*].id")
			.entityList(String.class)
			.get();
		assertThat(drawnNodes()).as("the expanded company's clusters are drawn, however large the seed beside it")
			.containsAll(itsClusters.stream().map((id) -> "Cluster:" + id).toList());
		screenshot("2-expanded");

		// filter by relationship type: the URL says so, and the view shows only members
		this.browser.findElement(By.xpath("//summary[text()='Relationship types']")).click();
		for (WebElement box : this.browser.findElements(By.cssSelector("input[name=types]"))) {
			if (!box.getDomAttribute("value").equals("MEMBER_OF")) {
				box.click();
			}
		}
		this.browser.findElement(By.xpath("//summary[text()='Relationship types']/following-sibling::div/button")).click();
		this.wait.until((browser) -> browser.getCurrentUrl().contains("types=MEMBER_OF"));
		awaitReady("graph");
		assertThat(edgeTypes()).containsOnly("MEMBER_OF");
		new Select(this.browser.findElement(By.name("color"))).selectByValue("country");
		this.wait.until((browser) -> browser.getCurrentUrl().contains("color=country"));
		awaitReady("graph");
		assertThat(this.browser.findElement(By.className("legend")).getText()).contains("Colour: country");
		screenshot("3-filtered-by-type-coloured-by-country");

		// back undoes the colouring and then the filter, as the URLs were walked
		this.browser.navigate().back();
		this.wait.until((browser) -> !browser.getCurrentUrl().contains("color=country"));
		this.browser.navigate().back();
		this.wait.until((browser) -> !browser.getCurrentUrl().contains("types="));
		awaitReady("graph");
		assertTheGraphShows(expected);
	}

	@Test
	@Order(3)
	void thePathFinderDrawsTheStrongestPathsWithEachHopsEvidence() {
		String country = aCountryTheClusterReaches();
		var api = this.graphQl.document("""
				query($from: ID!, $country: String!) {
				  cooperationPaths(from: $from, toFilter: { country: $country }, maxHops: 4, k: 3) {
				    nodes { ... on Cluster { id } } hops { strength }
				  }
				}""").variable("from", this.cluster).variable("country", country).execute();
		List<Object> paths = api.path("cooperationPaths").entityList(Object.class).get();

		this.browser.get(url(""));
		awaitReady("home");
		this.browser.findElement(By.linkText("Paths")).click();
		awaitReady("paths");
		WebElement from = this.browser.findElement(By.cssSelector(".picker input"));
		from.sendKeys(this.clusterName.substring(0, Math.min(this.clusterName.length(), 24)));
		this.wait.until((browser) -> browser.findElements(By.cssSelector(".picker [role=option]"))
			.stream()
			.anyMatch((option) -> option.getText().startsWith(this.clusterName)));
		List<WebElement> options = this.browser.findElements(By.cssSelector(".picker [role=option]"));
		for (int i = 0; !options.get(i).getText().startsWith(this.clusterName); i++) {
			from.sendKeys(Keys.ARROW_DOWN);
		}
		from.sendKeys(Keys.ENTER);
		this.browser.findElement(By.name("country")).sendKeys(country);
		this.browser.findElement(By.xpath("//button[text()='Find paths']")).click();
		this.wait.until((browser) -> browser.getCurrentUrl().contains("from=" + this.cluster));
		awaitReady("paths");

		List<WebElement> drawn = this.browser.findElements(By.cssSelector("#path-results li[data-path]"));
		assertThat(drawn).hasSize(paths.size());
		assertThat(drawn.get(0).getText()).contains("strength").containsPattern("→");
		assertThat(drawn.get(0).findElements(By.cssSelector(".evidence li"))).isNotEmpty();
		Set<String> pathNodes = new HashSet<>(api.path("cooperationPaths[*].nodes[*].id").entityList(String.class).get());
		assertThat(drawnIds("pathsCy")).isEqualTo(pathNodes);
		assertCanvasDrawn("paths-cy");
		screenshot("4-paths");
	}

	@Test
	@Order(4)
	void theGapsViewListsEveryStageAndTheTopOpportunitiesOfEachKindEachLeadingIntoTheGraph() {
		String chain = this.graphQl.document("query($id: ID!) { cluster(id: $id) { stages { valueChain { id } } } }")
			.variable("id", this.cluster)
			.execute()
			.path("cluster.stages[*].valueChain.id")
			.entityList(String.class)
			.get()
			.stream()
			.findFirst()
			.orElse("BAT");
		var api = this.graphQl.document("""
				query($chain: ID!) {
				  valueChain(id: $chain) { stages { id } }
				  cooperationGaps(valueChain: $chain, first: 5) { kind clusters { id } }
				}""").variable("chain", chain).execute();
		int stages = api.path("valueChain.stages").entityList(Object.class).get().size();
		List<String> kinds = api.path("cooperationGaps[*].kind").entityList(String.class).get();

		this.browser.findElement(By.linkText("Gaps")).click();
		awaitReady("gaps");
		new Select(this.browser.findElement(By.name("valueChain"))).selectByValue(chain);
		this.browser.findElement(By.xpath("//button[text()='Show gaps']")).click();
		this.wait.until((browser) -> browser.getCurrentUrl().contains("valueChain=" + chain));
		awaitReady("gaps");
		assertThat(this.browser.findElements(By.cssSelector("#coverage tbody tr"))).hasSize(stages);
		assertThat(this.browser.findElements(By.cssSelector("article.gap"))).hasSize(kinds.size());
		assertThat(this.browser.findElements(By.cssSelector("article.gap table.data tbody tr"))).isNotEmpty();
		screenshot("5-gaps");

		List<WebElement> intoGraph = this.browser.findElements(By.cssSelector("article.gap h4 a"));
		assertThat(intoGraph).as("a gap with clusters or a region links into the graph").isNotEmpty();
		String seeds = intoGraph.get(0).getDomAttribute("href").replaceAll(".*seeds=", "");
		intoGraph.get(0).click();
		awaitReady("graph");
		List<String> seedList = List.of(java.net.URLDecoder.decode(seeds, java.nio.charset.StandardCharsets.UTF_8)
			.split(","));
		assertTheGraphShows(subgraph(seedList, 120));
	}

	@Test
	@Order(5)
	void theMapColoursTheRegionsDrawsEveryClusterAndSelectsARegionOnClick() {
		long clusters = this.graphQl.document("{ clusters(first: 0) { totalCount } }")
			.execute()
			.path("clusters.totalCount")
			.entity(Long.class)
			.get();
		long withClusters = this.graphQl.document("{ clusterPresence(level: NUTS2) { clusters } }")
			.execute()
			.path("clusterPresence[*].clusters")
			.entityList(Integer.class)
			.get()
			.stream()
			.filter((count) -> count > 0)
			.count();
		this.browser.findElement(By.linkText("Map")).click();
		awaitReady("map");
		this.wait.until((browser) -> String.valueOf(clusters)
			.equals(browser.findElement(By.id("map")).getDomAttribute("data-clusters")));
		List<WebElement> regions = this.browser.findElements(By.cssSelector("path.nuts2"));
		assertThat(regions).hasSizeGreaterThan(300);
		assertThat(this.browser.findElements(By.cssSelector("path.cluster-point"))).hasSize((int) clusters);
		// the regions with clusters carry one of the classes' colours, the rest zero or no value
		long coloured = regions.stream()
			.map((region) -> region.getDomAttribute("fill"))
			.filter((fill) -> !fill.equals("#f4f8fc") && !fill.equals("#d9d9d9"))
			.count();
		assertThat(coloured).isEqualTo(withClusters);
		assertThat(this.browser.findElement(By.id("map-legend")).getText()).contains("clusters seated in the region",
				"zero", "no value");
		screenshot("6-map");

		String region = (String) this.browser.executeScript("""
				const paths = [...document.querySelectorAll('path.nuts2')].filter((p) => p.getAttribute('fill') === '#f4f8fc');
				paths.sort((a, b) => b.getBBox().width * b.getBBox().height - a.getBBox().width * a.getBBox().height);
				return paths[0].getAttribute('data-region');""");
		click(pointInside("path.nuts2[data-region='" + region + "']"));
		this.wait.until((browser) -> browser.getCurrentUrl().contains("region=" + region));
		awaitReady("map");
		assertThat(this.browser.findElement(By.cssSelector("[data-region='" + region + "'].card")).getText())
			.contains("Clusters", "Member companies");
		assertThat(this.browser.findElement(By.cssSelector("path.nuts2[data-region='" + region + "']"))
			.getDomAttribute("stroke")).isEqualTo("#c2410c");
		screenshot("7-map-region-selected");

		new Select(this.browser.findElement(By.id("map-measure"))).selectByIndex(3);
		this.wait.until((browser) -> browser.getCurrentUrl().contains("measure=INDICATOR"));
		awaitReady("map");
		assertThat(this.browser.findElement(By.id("map-legend")).getText()).contains("Synthetic values");
		this.browser.navigate().back();
		this.wait.until((browser) -> !browser.getCurrentUrl().contains("measure=INDICATOR"));
		awaitReady("map");
		assertThat(this.browser.findElement(By.id("map-legend")).getText()).contains("clusters seated in the region");
	}

	@Test
	@Order(6)
	void everyViewMeetsWcagAaForContrastNamesAndStructure() throws Exception {
		String country = aCountryTheClusterReaches();
		Map<String, String> views = new LinkedHashMap<>();
		views.put("home", "");
		views.put("graph", "#/graph?seeds=" + this.cluster);
		views.put("paths", "#/paths?from=" + this.cluster + "&country=" + country);
		views.put("gaps", "#/gaps?valueChain=BAT&country=" + country);
		views.put("map", "#/map?region=" + "ITC4");
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (Map.Entry<String, String> view : views.entrySet()) {
			this.browser.get(url(view.getValue()));
			awaitReady(view.getKey());
			List<String> violations = Axe.violations(this.browser);
			if (!violations.isEmpty()) {
				found.put(view.getKey(), violations);
			}
		}
		assertThat(found).as("axe-core's WCAG 2.1 A and AA violations, by view").isEmpty();
	}

	@Test
	@Order(7)
	void everyViewAlsoWorksInFirefox() throws Exception {
		String country = aCountryTheClusterReaches();
		String report = Firefox.check("http://localhost:" + this.port, SCREENSHOTS, "home",
				"graph=#/graph?seeds=" + this.cluster, "paths=#/paths?from=" + this.cluster + "&country=" + country,
				"gaps=#/gaps?valueChain=BAT&country=" + country, "map=#/map");
		assertThat(report).as("Firefox's report").contains("\"view\":\"map\"").contains("{\"problems\":[]}");
		assertThat(report).contains("\"drawn\":" + subgraph(List.of(this.cluster), 120).size());
	}

	// ---------------------------------------------------------------------------------------------------------------

	private String url(String fragment) {
		return "http://localhost:" + this.port + "/" + fragment;
	}

	/** Waits until the page has rendered the view of the current URL, its data loaded. */
	private void awaitReady(String view) {
		this.wait.until((browser) -> {
			String ready = this.browser.findElement(By.tagName("body")).getDomAttribute("data-ready");
			String hash = (String) this.browser.executeScript("return location.hash;");
			return ready != null && ready.equals(view + ":" + hash);
		});
	}

	/** The node ids of subgraph(seeds, depth 1, limit), as the API returns them. */
	private Set<String> subgraph(List<String> seeds, int limit) {
		return new LinkedHashSet<>(this.graphQl
			.document("query($seeds: [ID!], $limit: Int) { subgraph(seeds: $seeds, depth: 1, limit: $limit) { nodes { id } } }")
			.variable("seeds", seeds)
			.variable("limit", limit)
			.execute()
			.path("subgraph.nodes[*].id")
			.entityList(String.class)
			.get());
	}

	private void assertTheGraphShows(Set<String> expected) {
		assertThat(drawnNodes()).as("the nodes drawn are the nodes the API returns").isEqualTo(expected);
		assertCanvasDrawn("cy");
	}

	private Set<String> drawnNodes() {
		return drawnIds("cy");
	}

	@SuppressWarnings("unchecked")
	private Set<String> drawnIds(String instance) {
		return new HashSet<>((List<String>) this.browser
			.executeScript("return window.explorer." + instance + ".nodes().map((node) => node.id());"));
	}

	@SuppressWarnings("unchecked")
	private Set<String> edgeTypes() {
		return new HashSet<>((List<String>) this.browser
			.executeScript("return window.explorer.cy.edges().map((edge) => edge.data('type'));"));
	}

	/** The canvases Cytoscape drew on are not blank: a fair share of their pixels is painted. */
	private void assertCanvasDrawn(String container) {
		Number painted = (Number) this.browser.executeScript("""
				let painted = 0, total = 0;
				for (const canvas of document.querySelectorAll('#' + arguments[0] + ' canvas')) {
				  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				  total += pixels.length / 4;
				  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
				}
				return total ? painted / total : 0;""", container);
		assertThat(painted.doubleValue()).as("share of painted pixels in #%s", container).isGreaterThan(0.002);
	}

	/** Where a graph node is drawn, in the window's coordinates. */
	private long[] nodeCentre(String id) {
		List<?> point = (List<?>) this.browser.executeScript("""
				const node = window.explorer.cy.getElementById(arguments[0]);
				const box = window.explorer.cy.container().getBoundingClientRect();
				const at = node.renderedPosition();
				return [Math.round(box.left + at.x), Math.round(box.top + at.y)];""", id);
		return new long[] { ((Number) point.get(0)).longValue(), ((Number) point.get(1)).longValue() };
	}

	/** A point of the window where the element, and nothing over it, is hit. */
	private long[] pointInside(String selector) {
		List<?> point = (List<?>) this.browser.executeScript("""
				const element = document.querySelector(arguments[0]);
				const box = element.getBoundingClientRect();
				for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
				  const x = Math.round(box.left + (box.width * i) / 12), y = Math.round(box.top + (box.height * j) / 12);
				  if (document.elementFromPoint(x, y) === element) return [x, y];
				}
				return null;""", selector);
		assertThat(point).as("a visible point of %s", selector).isNotNull();
		return new long[] { ((Number) point.get(0)).longValue(), ((Number) point.get(1)).longValue() };
	}

	private void click(long[] point) {
		new Actions(this.browser).moveToLocation((int) point[0], (int) point[1]).click().perform();
	}

	/** A country whose clusters the chosen cluster reaches within four hops: the path finder has something to draw. */
	private String aCountryTheClusterReaches() {
		var reach = this.graphQl.document("query($id: ID!) { cluster(id: $id) { country } "
				+ "cooperationReach(cluster: $id, maxHops: 4) { byCountry { country } } }")
			.variable("id", this.cluster)
			.execute();
		String own = reach.path("cluster.country").entity(String.class).get();
		List<String> countries = reach.path("cooperationReach.byCountry[*].country").entityList(String.class).get();
		assertThat(countries).as("the best-connected cluster reaches some country").isNotEmpty();
		// another country than its own, so that no path is the empty path from the cluster to itself
		return countries.stream().filter((country) -> !country.equals(own)).findFirst().orElse(countries.get(0));
	}

	private void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException failure) {
			throw new IllegalStateException("Could not save the screenshot " + name, failure);
		}
	}

}
