package eu.clustergraph;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.system.cypher.CypherRunner;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests an attacker or a careless script sends: each hostile document is turned away with a code before any Cypher
 * runs (counted), and hostile strings in every string argument and export parameter reach the database only as
 * parameters: no Cypher syntax error, no server error, no change to the data.
 */
class HostileRequestsIT extends EmbeddedGraph {

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	CypherRunner cypher;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyHostileDocumentIsRejectedWithACodeBeforeAnyCypherRuns() throws Exception {
		Map<String, String> corpus = new LinkedHashMap<>();
		corpus.put("depth", "{ region(code: \"DE111\") { " + "parent { ".repeat(20) + "code" + " }".repeat(20) + " } }");
		corpus.put("1,000 aliases", aliased(1000, "cluster(id: \"CL00001\") { name }"));
		corpus.put("fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
		corpus.put("huge first", "{ clusters(first: 99999999) { nodes { id members(first: 99999999) { nodes { id } } } } }");
		corpus.put("deeply nested input", "{ clusters(filter: " + "{ AND: [".repeat(40) + "{ country: \"DE\" }"
				+ "] }".repeat(40) + ") { nodes { id } } }");
		corpus.put("expensive fields multiplied by aliases", aliased(12, "cooperationGaps { kind score }"));
		corpus.put("15,000 tokens", "{ " + "__typename ".repeat(16_000) + "}");
		corpus.put("two operations, none named", "query A { about { name } } query B { about { name } }");
		for (Map.Entry<String, String> hostile : corpus.entrySet()) {
			assertRejectedWithoutCypher(hostile.getKey(), JSON.writeValueAsString(Map.of("query", hostile.getValue())));
		}
		String nested = "{ \"country\": \"DE\" }";
		for (int level = 0; level < 40; level++) {
			nested = "{ \"OR\": [" + nested + "] }";
		}
		assertRejectedWithoutCypher("deeply nested variables", "{\"query\": \"query Deep($f: ClusterFilter) { clusters(filter: "
				+ "$f) { nodes { id } } }\", \"variables\": { \"f\": " + nested + " } }");
		assertRejectedWithoutCypher("batched operations", "[{\"query\": \"{ clusters { nodes { id } } }\"}, "
				+ "{\"query\": \"{ clusters { nodes { id } } }\"}]");
		assertRejectedWithoutCypher("1 MB body", JSON.writeValueAsString(Map.of("query",
				"{ search(text: \"" + "a".repeat(1_000_000) + "\") { score } }")));
		assertRejectedWithoutCypher("malformed JSON", "{\"query\": \"{ about { name } }\"");
	}

	@Test
	void hostileStringsInEveryStringArgumentAndExportParameterAreOnlyEverData() throws Exception {
		long fingerprint = fingerprint();
		List<String> strings = hostileStrings(1_000);
		String document = """
				query Hostile($s: String!, $id: ID!) {
				  cluster(id: $id) { id } company(id: $id) { id } organisation(id: $id) { id } partnership(id: $id) { id }
				  region(code: $s) { code } activity(code: $s) { code } ecosystem(id: $id) { id } valueChain(id: $id) { id }
				  search(text: $s) { score }
				  byCountry: clusters(filter: { country: $s }) { nodes { id } }
				  byRegion: clusters(filter: { region: $s }) { nodes { id } }
				  byEcosystem: clusters(filter: { ecosystem: $id, primaryEcosystem: $id }) { nodes { id } }
				  byChain: clusters(filter: { valueChain: $id, stage: $id, nace: $s }) { nodes { id } }
				  companies(filter: { country: $s, region: $s, nace: $s, cluster: $id, ecosystem: $id }) { nodes { id } }
				  organisations(filter: { country: $s }) { nodes { id } }
				  changes(since: $s) { nodes { sequence } }
				}
				""";
		List<String> failures = new ArrayList<>();
		for (String hostile : strings) {
			Map<String, Object> body = Map.of("query", document, "variables", Map.of("s", hostile, "id", hostile));
			HttpResponse<String> response = post(JSON.writeValueAsString(body));
			if (response.statusCode() >= 500 || response.body().contains("INTERNAL_ERROR")
					|| response.body().contains("SyntaxError")) {
				failures.add(printable(hostile) + " -> " + response.statusCode() + " " + response.body());
			}
			String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
			HttpResponse<String> export = this.http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/export/subgraph.json?seeds=" + encoded
						+ "&labels=" + encoded + "&relationshipTypes=" + encoded + "&depth=0"))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (export.statusCode() >= 500) {
				failures.add("export " + printable(hostile) + " -> " + export.statusCode() + " " + export.body());
			}
		}
		assertThat(failures).isEmpty();
		assertThat(fingerprint()).isEqualTo(fingerprint);
	}

	private void assertRejectedWithoutCypher(String name, String body) throws Exception {
		long before = this.cypher.statementCount();
		HttpResponse<String> response = post(body);
		assertThat(this.cypher.statementCount()).as(name + ": statements run").isEqualTo(before);
		assertThat(response.statusCode()).as(name + ": status").isIn(200, 400, 413);
		if (response.statusCode() != 400 || response.body().startsWith("{")) {
			assertThat(response.body()).as(name).contains("\"code\"");
		}
		if (response.statusCode() == 200) {
			assertThat(response.body()).as(name).contains("\"errors\"").doesNotContain("INTERNAL_ERROR");
		}
	}

	private HttpResponse<String> post(String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Nodes, relationships and the sum of their property counts: changes if anything is written. */
	private long fingerprint() {
		return this.driver
			.executableQuery("CALL () { MATCH (n) RETURN count(n) * 1000003 + sum(size(keys(n))) AS a } "
					+ "CALL () { MATCH ()-[r]->() RETURN count(r) * 7919 + sum(size(keys(r))) AS b } RETURN a + b AS f")
			.execute()
			.records()
			.get(0)
			.get("f")
			.asLong();
	}

	/**
	 * The corpus: strings that break Cypher, Lucene and JSON built by hand, then as many more as asked, each a random
	 * mix of their pieces with unicode, NUL and control characters (seeded, so a failure repeats).
	 */
	static List<String> hostileStrings(int count) {
		List<String> pieces = List.of("'", "\"", "`", "\\", "}) DETACH DELETE n //", "') DETACH DELETE n //",
				"` DETACH DELETE n //", "\" OR 1=1 //", "}]->(x) DELETE x RETURN {", "$ids", "${x}", "/* ", "*/", "//",
				"\n", "\r\n", "\t", "\u0000", "\u0001", "\u001b[31m", "*:*", "name:*", "AND OR NOT", "a~", "a^2", "[a TO z]",
				"+-&&||!(){}[]^\"~*?:\\/", "CL00001", "DE", "DE111", "C", "AGRI", "\u202eevil", "\ud83d\ude00",
				"\u00e9\u00e8\u00ea", "\u4e2d\u6587", "\ufeff", "%00", "%27", "<script>alert(1)</script>", "]]>",
				"<!--", "&amp;", "null", "undefined", "NaN", "-1", "99999999999999999999", "", " ", "   ");
		List<String> strings = new ArrayList<>(pieces);
		strings.add("x".repeat(5_000));
		Random random = new Random(20261202L);
		while (strings.size() < count) {
			int parts = 1 + random.nextInt(4);
			strings.add(IntStream.range(0, parts)
				.mapToObj(i -> pieces.get(random.nextInt(pieces.size())))
				.collect(Collectors.joining()));
		}
		return strings;
	}

	private static String aliased(int times, String field) {
		return IntStream.range(0, times).mapToObj(i -> "f" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
	}

	private static String printable(String text) {
		return text.codePoints()
			.mapToObj(c -> (c < 32 || c == 127) ? String.format("\\u%04x", c) : new String(Character.toChars(c)))
			.collect(Collectors.joining());
	}

}
