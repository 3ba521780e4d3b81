package eu.clustergraph.explorer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import eu.clustergraph.support.Chromium;
import eu.clustergraph.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer on a service that requires an API key for reads ({@code clustergraph.security.require-key-for-reads}),
 * in a real browser: the page asks for a key with the service's own message, says so when one is refused or none is
 * given, reads with the key once given (for the tab only), and downloads exports with it, which a plain link cannot
 * send. The graph holds the reference data only: what is shown matters less here than that it is read with the key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "clustergraph.neo4j.embedded.bolt-port=0", "clustergraph.dataset.bootstrap=false",
				"clustergraph.security.require-key-for-reads=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerWithKeyIT {

	private static final Path DATA_DIR = Path.of("target", "it-data", "keys-" + UUID.randomUUID());

	@LocalServerPort
	int port;

	ChromeDriver browser;

	WebDriverWait wait;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("clustergraph.data-dir", DATA_DIR::toString);
		TestKeys.register(registry);
	}

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = Chromium.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	@Order(1)
	void withoutAKeyThePageAsksForOneAndSaysWhyWhenTheReaderCancels() {
		// the home page holds no data; the gaps view reads the value chains first
		this.browser.get("http://localhost:" + this.port + "/#/gaps");
		WebElement dialog = awaitDialog();
		assertThat(this.browser.findElement(By.id("key-message")).getText())
			.contains("needs an API key for reads", "X-API-Key");
		dialog.findElement(By.cssSelector("button[value=cancel]")).click();
		WebElement status = this.browser.findElement(By.id("status"));
		this.wait.until((browser) -> status.getText().contains("needs an API key for reads"));
		assertThat(status.getDomAttribute("class")).contains("error");
		assertThat(unexpectedProblems()).isEmpty();
	}

	@Test
	@Order(2)
	void aRefusedKeyIsSaidSoAndAValidOneOpensThePageForTheTab() {
		this.browser.navigate().refresh();
		awaitDialog();
		giveKey("test-reader.wrong-secret");
		this.wait.until((browser) -> browser.findElement(By.id("key-message")).getText().startsWith("The key was not accepted"));
		giveKey(TestKeys.READER);
		awaitGaps();
		assertThat(this.browser.findElement(By.id("key-dialog")).getDomAttribute("open")).isNull();
		assertThat(this.browser.findElement(By.id("status")).getText()).isEmpty();
		// the key stays for the tab: a reload reads without asking again
		this.browser.navigate().refresh();
		awaitGaps();
		assertThat(this.browser.findElement(By.id("key-dialog")).getDomAttribute("open")).isNull();
		assertThat(unexpectedProblems()).isEmpty();
	}

	@Test
	@Order(3)
	void anExportLinkDownloadsTheFileWithTheKey() {
		// a link cannot send a header: with a key given, the page fetches the file with it and saves it
		this.browser.executeScript("""
				window.__downloads = [];
				const create = URL.createObjectURL;
				URL.createObjectURL = (blob) => { window.__downloads.push(blob.size); return create(blob); };
				const link = document.createElement('a');
				link.href = 'export/subgraph.json?seeds=NOT-A-CLUSTER';
				link.dataset.export = 'subgraph.json';
				link.id = 'test-export';
				link.textContent = 'export';
				document.body.append(link);""");
		this.browser.findElement(By.id("test-export")).click();
		this.wait.until((browser) -> ((List<?>) this.browser.executeScript("return window.__downloads;")).size() == 1);
		assertThat(((Number) ((List<?>) this.browser.executeScript("return window.__downloads;")).get(0)).longValue())
			.isPositive();
		assertThat(this.browser.findElement(By.id("key-dialog")).getDomAttribute("open")).isNull();
		assertThat(unexpectedProblems()).isEmpty();
	}

	private WebElement awaitDialog() {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
	}

	private void giveKey(String key) {
		WebElement input = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-input")));
		input.clear();
		input.sendKeys(key);
		this.browser.findElement(By.cssSelector("#key-dialog button[value=use]")).click();
	}

	/** The gaps view, rendered with the value chains it read. */
	private void awaitGaps() {
		this.wait.until((browser) -> "gaps:#/gaps".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		assertThat(this.browser.findElements(By.cssSelector("select option"))).hasSizeGreaterThan(10);
	}

	/** What the page reported, but the 401 answers that made it ask for a key. */
	private List<String> unexpectedProblems() {
		return Chromium.problems(this.browser).stream().filter((problem) -> !problem.contains("401")).toList();
	}

}
