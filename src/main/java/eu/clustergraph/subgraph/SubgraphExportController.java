package eu.clustergraph.subgraph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import eu.clustergraph.system.bulkhead.HeavyWork;
import eu.clustergraph.system.cypher.StatementDeadline;
import eu.clustergraph.system.cypher.StatementTimeoutException;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The subgraph selection of the GraphQL {@code subgraph} field as files: {@code /export/subgraph.json} (Cytoscape.js),
 * {@code .graphml} and {@code .gexf}, with the same arguments as query parameters. List parameters take
 * comma-separated values or repeat.
 *
 * <p>An export is heavy work ({@link HeavyWork}: HTTP 429 with {@code Retry-After} when every slot is taken), reads
 * under the same time limit as a GraphQL request ({@code clustergraph.graphql.timeout}: HTTP 503 past it), and is
 * written straight to the response as it is serialised, never built whole in memory first.
 */
@RestController
class SubgraphExportController {

	static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml");

	static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml");

	private final Subgraphs subgraphs;

	private final HeavyWork heavyWork;

	private final Duration timeLimit;

	SubgraphExportController(Subgraphs subgraphs, HeavyWork heavyWork,
			@Value("${clustergraph.graphql.timeout:30s}") Duration timeLimit) {
		this.subgraphs = subgraphs;
		this.heavyWork = heavyWork;
		this.timeLimit = timeLimit;
	}

	@GetMapping("/export/subgraph.json")
	void json(@RequestParam(required = false) List<String> seeds, @RequestParam(required = false) Integer community,
			@RequestParam(required = false) Integer depth,
			@RequestParam(required = false) List<String> relationshipTypes,
			@RequestParam(required = false) List<String> labels, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer edgeLimit, @RequestParam(required = false) Double minStrength,
			HttpServletResponse response) throws IOException {
		Subgraph subgraph = subgraph(seeds, community, depth, relationshipTypes, labels, limit, edgeLimit, minStrength);
		start(response, "subgraph.json", MediaType.APPLICATION_JSON);
		SubgraphFormats.cytoscape(subgraph, response.getOutputStream());
	}

	@GetMapping("/export/subgraph.graphml")
	void graphml(@RequestParam(required = false) List<String> seeds, @RequestParam(required = false) Integer community,
			@RequestParam(required = false) Integer depth,
			@RequestParam(required = false) List<String> relationshipTypes,
			@RequestParam(required = false) List<String> labels, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer edgeLimit, @RequestParam(required = false) Double minStrength,
			HttpServletResponse response) throws IOException {
		Subgraph subgraph = subgraph(seeds, community, depth, relationshipTypes, labels, limit, edgeLimit, minStrength);
		try (Writer out = start(response, "subgraph.graphml", GRAPHML)) {
			SubgraphFormats.graphml(subgraph, out);
		}
	}

	@GetMapping("/export/subgraph.gexf")
	void gexf(@RequestParam(required = false) List<String> seeds, @RequestParam(required = false) Integer community,
			@RequestParam(required = false) Integer depth,
			@RequestParam(required = false) List<String> relationshipTypes,
			@RequestParam(required = false) List<String> labels, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Integer edgeLimit, @RequestParam(required = false) Double minStrength,
			HttpServletResponse response) throws IOException {
		Subgraph subgraph = subgraph(seeds, community, depth, relationshipTypes, labels, limit, edgeLimit, minStrength);
		try (Writer out = start(response, "subgraph.gexf", GEXF)) {
			SubgraphFormats.gexf(subgraph, out);
		}
	}

	/** A bad parameter is a 400 that names it, as GraphQL errors name their argument. */
	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<Map<String, String>> badParameter(InvalidArgumentException exception) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", exception.getMessage(), "parameter", exception.argument()));
	}

	/** A parameter that is not a number where one is expected, such as {@code depth=two} or {@code minStrength=high}. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> notANumber(MethodArgumentTypeMismatchException exception) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", "Parameter '" + exception.getName() + "' must be "
					+ (Double.class.equals(exception.getRequiredType()) ? "a number" : "a whole number") + " (was '"
					+ exception.getValue() + "')", "parameter", exception.getName()));
	}

	/** The reads ran past the time limit: nothing was written yet, so the client gets a plain error. */
	@ExceptionHandler(StatementTimeoutException.class)
	ResponseEntity<Map<String, String>> tooSlow(StatementTimeoutException exception) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", "The export took longer than its time limit of " + this.timeLimit
					+ " (clustergraph.graphql.timeout) and was stopped; ask for fewer nodes (limit), fewer hops (depth) "
					+ "or fewer relationship types", "code", "TIMEOUT"));
	}

	private Subgraph subgraph(List<String> seeds, Integer community, Integer depth, List<String> relationshipTypes,
			List<String> labels, Integer limit, Integer edgeLimit, Double minStrength) {
		try (StatementDeadline.Scope deadline = StatementDeadline.until(System.nanoTime() + this.timeLimit.toNanos())) {
			SubgraphRequest request = this.subgraphs.request(seeds, community, depth, relationshipTypes, labels, limit,
					edgeLimit, minStrength);
			return this.heavyWork.run("the export", () -> this.subgraphs.around(request));
		}
	}

	private static Writer start(HttpServletResponse response, String name, MediaType type) throws IOException {
		response.setContentType(type.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		return new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

}
