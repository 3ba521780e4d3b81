package eu.clustergraph;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import eu.clustergraph.support.EmbeddedGraph;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Jazzer fuzzes the HTTP endpoints: GraphQL documents typed at random, documents built from the schema's root fields
 * with arguments of any JSON type and value, raw request bodies, and export URLs with any parameters. Whatever comes,
 * the service answers within its time limit and never with a server error (any 5xx) or a GraphQL
 * {@code INTERNAL_ERROR}. The build runs it for a bounded time ({@code JAZZER_FUZZ=1}, set by the failsafe
 * configuration); without that variable it replays the inputs under
 * {@code src/test/resources/eu/clustergraph/HttpEndpointsFuzzITInputs}, where any finding it makes is kept.
 */
class HttpEndpointsFuzzIT extends EmbeddedGraph {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final List<String> LOOPBACK = List.of("127.0.0.1", "localhost", "::1");

	/** Past the GraphQL time limit (30 s) with a margin: an answer later than this is a hang. */
	private static final Duration HANG = Duration.ofSeconds(40);

	/** Root fields and the variables they take, with the type of each: the structured half of the inputs. */
	private static final List<Template> TEMPLATES = List.of(
			new Template("query($t: String!, $k: [SearchKind!], $n: Int) { search(text: $t, kinds: $k, first: $n) { kind id name } }",
					"t", "k", "n"),
			new Template("query($id: ID!) { cluster(id: $id) { id name region { code } members(first: 3) { totalCount } } }", "id"),
			new Template("query($c: String, $r: String, $e: ID, $n: Int, $a: String, $s: ClusterSort) { clusters(filter: "
					+ "{ country: $c, region: $r, ecosystem: $e }, first: $n, after: $a, sort: $s) { totalCount nodes { id } } }",
					"c", "r", "e", "n", "a", "s"),
			new Template("query($f: ClusterFilter) { clusters(filter: $f, first: 5) { nodes { id } } }", "f"),
			new Template("query($code: String!, $v: Int) { region(code: $code, version: $v) { name children { code } } }",
					"code", "v"),
			new Template("query($s: [ID!], $d: Int, $t: [String!], $l: [String!], $n: Int, $e: Int, $m: Float, $c: Int) "
					+ "{ subgraph(seeds: $s, depth: $d, relationshipTypes: $t, labels: $l, limit: $n, edgeLimit: $e, "
					+ "minStrength: $m, community: $c) { truncated nodes { id } } }", "s", "d", "t", "l", "n", "e", "m", "c"),
			new Template("query($f: ID!, $to: ID, $tf: ClusterFilter, $ch: [CooperationChannel!], $m: Float, $h: Int, $k: Int) "
					+ "{ cooperationPaths(from: $f, to: $to, toFilter: $tf, channels: $ch, minStrength: $m, maxHops: $h, k: $k) "
					+ "{ length strength } }", "f", "to", "tf", "ch", "m", "h", "k"),
			new Template("query($c: ID!, $h: Int, $m: Float) { cooperationReach(cluster: $c, maxHops: $h, minStrength: $m) { total } }",
					"c", "h", "m"),
			new Template("query($v: ID, $e: ID, $c: String, $r: String, $n: Int) { cooperationGaps(valueChain: $v, "
					+ "ecosystem: $e, country: $c, region: $r, first: $n) { kind score } }", "v", "e", "c", "r", "n"),
			new Template("query($v: ID!, $l: CoverageLevel) { valueChainCoverage(valueChain: $v, level: $l) { areas } }", "v", "l"),
			new Template("query($i: String!, $y: Int!, $l: PresenceLevel!, $p: PresenceMeasure!, $m: CorrelationMethod!) "
					+ "{ presenceCorrelation(indicator: $i, year: $y, level: $l, presence: $p, method: $m) { n coefficient } }",
					"i", "y", "l", "p", "m"),
			new Template("query($id: ID!, $v: ID, $k: Int, $m: Float) { suggestedPartners(id: $id, valueChain: $v, k: $k, "
					+ "minStrength: $m) { score } similarClusters(id: $id, k: $k) { score } }", "id", "v", "k", "m"),
			new Template("query($n: Int, $s: String, $a: String) { changes(since: $s, first: $n, after: $a) { totalCount } "
					+ "communities(first: $n) { count } }", "n", "s", "a"));

	/** Values worth trying in any slot, beside the fuzzer's own: real ids and codes reach deeper into the code. */
	private static final List<Object> KNOWN = List.of("CL00001", "CO000001", "DE", "DE1", "DE11", "DE111", "BAT", "BAT-3",
			"MOB", "27.20", "C", "RD_GDP", 2021, 2024, 0, 1, -1, 100, 101, 5000, 0.6, 1.0, 0.0, -0.5, Double.NaN, "COUNTRY",
			"NUTS2", "SPEARMAN", "CLUSTERS", "PAGE_RANK_DESC", "AGREEMENT", "MEMBER_OF", "TIED_WITH", "Cluster", "");

	private static final List<String> EXPORTS = List.of("json", "graphml", "gexf");

	private static final List<String> EXPORT_PARAMETERS = List.of("seeds", "community", "depth", "relationshipTypes",
			"labels", "limit", "edgeLimit", "minStrength", "format", "x");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@FuzzTest(maxDuration = "60s")
	void noInputGetsAServerErrorOrHangs(FuzzedDataProvider data) throws Exception {
		// the test's own requests to the service and the service's to its embedded Neo4j stay on this machine; Jazzer's
		// SSRF detector still reports any connection elsewhere
		BugDetectors.allowNetworkConnections((host, port) -> LOOPBACK.contains(host));
		HttpRequest request = switch (data.consumeInt(0, 3)) {
			case 0 -> graphql(JSON.writeValueAsString(Map.of("query", data.consumeString(500))));
			case 1 -> {
				Template template = data.pickValue(TEMPLATES);
				Map<String, Object> variables = new LinkedHashMap<>();
				for (String name : template.variables()) {
					if (data.consumeBoolean()) {
						variables.put(name, value(data, 0));
					}
				}
				yield graphql(JSON.writeValueAsString(Map.of("query", template.document(), "variables", variables)));
			}
			case 2 -> graphql(data.consumeString(2000));
			default -> export(data);
		};
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException hang) {
			fail("No answer within %s to %s", HANG, request.uri());
			return;
		}
		assertThat(response.statusCode()).as("status of %s %s", request.method(), request.uri()).isLessThan(500);
		assertThat(response.body()).as("answer to %s", request.uri()).doesNotContain("INTERNAL_ERROR");
	}

	/** Any JSON value: known ids and codes, the fuzzer's strings and numbers, lists and objects a little deep. */
	private static Object value(FuzzedDataProvider data, int depth) {
		return switch (data.consumeInt(0, depth < 3 ? 8 : 5)) {
			case 0 -> data.pickValue(KNOWN);
			case 1 -> data.consumeString(40);
			case 2 -> data.consumeInt();
			case 3 -> data.consumeDouble();
			case 4 -> data.consumeBoolean();
			case 5 -> null;
			case 6, 7 -> {
				List<Object> list = new ArrayList<>();
				for (int i = data.consumeInt(0, 4); i > 0; i--) {
					list.add(value(data, depth + 1));
				}
				yield list;
			}
			default -> {
				Map<String, Object> object = new LinkedHashMap<>();
				for (int i = data.consumeInt(0, 3); i > 0; i--) {
					object.put(data.pickValue(List.of("country", "region", "ecosystem", "label", "AND", "OR", "memberCount",
							"min", "max", "networkMetrics", "ids", data.consumeString(10))), value(data, depth + 1));
				}
				yield object;
			}
		};
	}

	private HttpRequest graphql(String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(HANG)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest export(FuzzedDataProvider data) {
		StringBuilder query = new StringBuilder();
		for (int i = data.consumeInt(0, 5); i > 0; i--) {
			Object value = data.consumeBoolean() ? data.pickValue(KNOWN) : data.consumeString(60);
			query.append(query.isEmpty() ? "" : "&")
				.append(data.pickValue(EXPORT_PARAMETERS))
				.append('=')
				.append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
		}
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/export/subgraph."
				+ data.pickValue(EXPORTS) + "?" + query))
			.timeout(HANG)
			.GET()
			.build();
	}

	private record Template(String document, String... variables) {
	}

}
