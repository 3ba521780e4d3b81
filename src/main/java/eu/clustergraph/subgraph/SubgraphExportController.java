package eu.clustergraph.subgraph;

import java.util.List;
import java.util.Map;

import eu.clustergraph.system.bulkhead.HeavyWork;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 */
@RestController
class SubgraphExportController {

	static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml");

	static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml");

	private final Subgraphs subgraphs;

	private final HeavyWork heavyWork;

	SubgraphExportController(Subgraphs subgraphs, HeavyWork heavyWork) {
		this.subgraphs = subgraphs;
		this.heavyWork = heavyWork;
	}

	@GetMapping("/export/subgraph.json")
	ResponseEntity<Map<String, Object>> json(@RequestParam(required = false) List<String> seeds,
			@RequestParam(required = false) Integer community, @RequestParam(required = false) Integer depth,
			@RequestParam(required = false) List<String> relationshipTypes,
			@RequestParam(required = false) List<String> labels, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Double minStrength) {
		Subgraph subgraph = subgraph(seeds, community, depth, relationshipTypes, labels, limit, minStrength);
		return file("subgraph.json", MediaType.APPLICATION_JSON, SubgraphFormats.cytoscape(subgraph));
	}

	@GetMapping("/export/subgraph.graphml")
	ResponseEntity<String> graphml(@RequestParam(required = false) List<String> seeds,
			@RequestParam(required = false) Integer community, @RequestParam(required = false) Integer depth,
			@RequestParam(required = false) List<String> relationshipTypes,
			@RequestParam(required = false) List<String> labels, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Double minStrength) {
		Subgraph subgraph = subgraph(seeds, community, depth, relationshipTypes, labels, limit, minStrength);
		return file("subgraph.graphml", GRAPHML, SubgraphFormats.graphml(subgraph));
	}

	@GetMapping("/export/subgraph.gexf")
	ResponseEntity<String> gexf(@RequestParam(required = false) List<String> seeds,
			@RequestParam(required = false) Integer community, @RequestParam(required = false) Integer depth,
			@RequestParam(required = false) List<String> relationshipTypes,
			@RequestParam(required = false) List<String> labels, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Double minStrength) {
		Subgraph subgraph = subgraph(seeds, community, depth, relationshipTypes, labels, limit, minStrength);
		return file("subgraph.gexf", GEXF, SubgraphFormats.gexf(subgraph));
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

	private Subgraph subgraph(List<String> seeds, Integer community, Integer depth, List<String> relationshipTypes,
			List<String> labels, Integer limit, Double minStrength) {
		SubgraphRequest request = this.subgraphs.request(seeds, community, depth, relationshipTypes, labels, limit,
				minStrength);
		return this.heavyWork.run("the export", () -> this.subgraphs.around(request));
	}

	private static <T> ResponseEntity<T> file(String name, MediaType type, T body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
		return ResponseEntity.ok().headers(headers).body(body);
	}

}
