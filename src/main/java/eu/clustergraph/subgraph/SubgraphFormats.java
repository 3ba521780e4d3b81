package eu.clustergraph.subgraph;

import java.io.OutputStream;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subgraph in the files visualisation tools read: Cytoscape.js JSON (Cytoscape, sigma.js, Kumu), GraphML
 * (Gephi, Cytoscape, NetworkX, yEd) and GEXF (Gephi, NetworkX), the XML ones written by JGraphT.
 *
 * <p>In the XML files every property becomes a typed attribute. The node's display name is {@code label}, its
 * Neo4j labels {@code labels}, and an edge's relationship type is its {@code label}; a property whose name these
 * formats reserve (on nodes {@code id}, {@code label}, {@code labels}; on edges also {@code type}, {@code source},
 * {@code target}, {@code weight}) is written as {@code property.<name>}.
 */
final class SubgraphFormats {

	private static final Set<String> NODE_RESERVED = Set.of("id", "label", "labels");

	private static final Set<String> EDGE_RESERVED = Set.of("id", "label", "type", "source", "target", "weight");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SubgraphFormats() {
	}

	/**
	 * Cytoscape.js elements JSON, {@code {directed, multigraph, data, elements: {nodes: [{data}], edges: [{data}]}}},
	 * streamed element by element. {@code directed} and {@code multigraph} tell NetworkX's {@code cytoscape_graph}
	 * to keep relationships apart that join the same two nodes (it tells them apart by {@code key}); {@code data}
	 * says whether either limit cut the subgraph short.
	 */
	static void cytoscape(Subgraph subgraph, OutputStream out) {
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeBooleanProperty("directed", true);
			json.writeBooleanProperty("multigraph", true);
			json.writeName("data");
			json.writePOJO(limits(subgraph));
			json.writeName("elements");
			json.writeStartObject();
			json.writeName("nodes");
			json.writeStartArray();
			for (Subgraph.Node node : subgraph.nodes()) {
				Map<String, Object> data = new LinkedHashMap<>(node.properties());
				data.put("id", node.id());
				data.put("label", node.name());
				data.put("labels", node.labels());
				// NetworkX's cytoscape_graph keys nodes by "value" and names them by "name"
				data.put("value", node.id());
				data.put("name", node.name());
				json.writePOJO(Map.of("data", data));
			}
			json.writeEndArray();
			json.writeName("edges");
			json.writeStartArray();
			for (Subgraph.Edge edge : subgraph.edges()) {
				Map<String, Object> data = new LinkedHashMap<>(edge.properties());
				data.put("id", edge.id());
				data.put("source", edge.source());
				data.put("target", edge.target());
				data.put("label", edge.type());
				data.put("key", edge.id());
				json.writePOJO(Map.of("data", data));
			}
			json.writeEndArray();
			json.writeEndObject();
			json.writeEndObject();
		}
	}

	/** GraphML, streamed as JGraphT writes it; the graph's own attributes say whether a limit cut it short. */
	static void graphml(Subgraph subgraph, Writer out) {
		GraphMLExporter<String, Subgraph.Edge> exporter = new GraphMLExporter<>(Function.identity());
		exporter.setEdgeIdProvider(Subgraph.Edge::id);
		Attributes attributes = new Attributes(subgraph);
		exporter.registerAttribute("label", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
		exporter.registerAttribute("labels", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
		// GraphML keys attributes by name alone: a name on both nodes and edges is registered once for both
		attributes.nodeTypes.forEach((name, type) -> {
			AttributeType edgeType = attributes.edgeTypes.get(name);
			exporter.registerAttribute(name,
					(edgeType == null) ? GraphMLExporter.AttributeCategory.NODE : GraphMLExporter.AttributeCategory.ALL,
					(edgeType == null) ? type : Attributes.merge(type, edgeType));
		});
		attributes.edgeTypes.forEach((name, type) -> {
			if (!attributes.nodeTypes.containsKey(name)) {
				exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, type);
			}
		});
		Map<String, Object> limits = limits(subgraph);
		limits.forEach((name, value) -> exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.GRAPH,
				(value instanceof Boolean) ? AttributeType.BOOLEAN : AttributeType.LONG));
		exporter.setGraphAttributeProvider(() -> {
			Map<String, Attribute> graph = new LinkedHashMap<>();
			limits.forEach((name, value) -> graph.put(name, (value instanceof Boolean flag)
					? DefaultAttribute.createAttribute(flag) : DefaultAttribute.createAttribute(((Number) value).longValue())));
			return graph;
		});
		exporter.setVertexAttributeProvider(attributes::ofNode);
		exporter.setEdgeAttributeProvider(attributes::ofEdge);
		exporter.exportGraph(attributes.graph, out);
	}

	/** GEXF, streamed as JGraphT writes it; its description says whether a limit cut it short. */
	static void gexf(Subgraph subgraph, Writer out) {
		GEXFExporter<String, Subgraph.Edge> exporter = new GEXFExporter<>(Function.identity(), Subgraph.Edge::id);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
		exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, false);
		exporter.setCreator("ClusterGraph");
		exporter.setDescription(description(subgraph));
		Attributes attributes = new Attributes(subgraph);
		exporter.registerAttribute("labels", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
		attributes.nodeTypes.forEach((name, type) -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE,
				gexfType(type)));
		attributes.edgeTypes.forEach((name, type) -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.EDGE,
				gexfType(type)));
		exporter.setVertexAttributeProvider(attributes::ofNode);
		exporter.setEdgeAttributeProvider(attributes::ofEdge);
		exporter.exportGraph(attributes.graph, out);
	}

	/** Whether the node or edge limit cut the subgraph short, and the limits, as each format records them. */
	private static Map<String, Object> limits(Subgraph subgraph) {
		Map<String, Object> limits = new LinkedHashMap<>();
		limits.put("truncated", subgraph.truncated());
		limits.put("limit", subgraph.limit());
		limits.put("edgesTruncated", subgraph.edgesTruncated());
		limits.put("edgeLimit", subgraph.edgeLimit());
		return limits;
	}

	private static String description(Subgraph subgraph) {
		String nodes = subgraph.truncated() ? "truncated at the node limit of " + subgraph.limit()
				: "complete within the node limit of " + subgraph.limit();
		String edges = subgraph.edgesTruncated() ? "relationships truncated at the limit of " + subgraph.edgeLimit()
				: "every relationship among them (limit " + subgraph.edgeLimit() + ")";
		return "ClusterGraph subgraph: " + subgraph.nodes().size() + " nodes, " + nodes + "; "
				+ subgraph.edges().size() + " relationships, " + edges + ". truncated=" + subgraph.truncated()
				+ " edgesTruncated=" + subgraph.edgesTruncated();
	}

	private static GEXFAttributeType gexfType(AttributeType type) {
		return switch (type) {
			case BOOLEAN -> GEXFAttributeType.BOOLEAN;
			case LONG -> GEXFAttributeType.LONG;
			case DOUBLE -> GEXFAttributeType.DOUBLE;
			default -> GEXFAttributeType.STRING;
		};
	}

	/** The subgraph as a JGraphT graph, with one attribute type per property name over nodes and edges. */
	private static final class Attributes {

		final Graph<String, Subgraph.Edge> graph = new DirectedPseudograph<>(null, null, false);

		final Map<String, AttributeType> nodeTypes = new LinkedHashMap<>();

		final Map<String, AttributeType> edgeTypes = new LinkedHashMap<>();

		private final Map<String, Subgraph.Node> nodes = new LinkedHashMap<>();

		Attributes(Subgraph subgraph) {
			subgraph.nodes().forEach(node -> {
				this.nodes.put(node.id(), node);
				this.graph.addVertex(node.id());
				node.properties().forEach((name, value) -> type(this.nodeTypes, nodeAttribute(name), value));
			});
			subgraph.edges().forEach(edge -> {
				this.graph.addEdge(edge.source(), edge.target(), edge);
				edge.properties().forEach((name, value) -> type(this.edgeTypes, edgeAttribute(name), value));
			});
		}

		private static void type(Map<String, AttributeType> types, String name, Object value) {
			types.merge(name, typeOf(value), Attributes::merge);
		}

		/** One type for values of two types: a number type for numbers, else text. */
		static AttributeType merge(AttributeType a, AttributeType b) {
			return (a == b) ? a : (isNumber(a) && isNumber(b)) ? AttributeType.DOUBLE : AttributeType.STRING;
		}

		Map<String, Attribute> ofNode(String id) {
			Subgraph.Node node = this.nodes.get(id);
			Map<String, Attribute> attributes = values(node.properties(), this.nodeTypes, Attributes::nodeAttribute);
			attributes.put("label", DefaultAttribute.createAttribute(node.name()));
			attributes.put("labels", DefaultAttribute.createAttribute(String.join(":", node.labels())));
			return attributes;
		}

		Map<String, Attribute> ofEdge(Subgraph.Edge edge) {
			Map<String, Attribute> attributes = values(edge.properties(), this.edgeTypes, Attributes::edgeAttribute);
			attributes.put("label", DefaultAttribute.createAttribute(edge.type()));
			return attributes;
		}

		private static Map<String, Attribute> values(Map<String, Object> properties, Map<String, AttributeType> types,
				Function<String, String> naming) {
			Map<String, Attribute> attributes = new LinkedHashMap<>();
			properties.forEach((name, value) -> {
				String attribute = naming.apply(name);
				attributes.put(attribute, attribute(value, types.get(attribute)));
			});
			return attributes;
		}

		private static String nodeAttribute(String property) {
			return NODE_RESERVED.contains(property) ? "property." + property : property;
		}

		private static String edgeAttribute(String property) {
			return EDGE_RESERVED.contains(property) ? "property." + property : property;
		}

		private static boolean isNumber(AttributeType type) {
			return type == AttributeType.LONG || type == AttributeType.DOUBLE;
		}

		private static AttributeType typeOf(Object value) {
			if (value instanceof Boolean) {
				return AttributeType.BOOLEAN;
			}
			if (value instanceof Long || value instanceof Integer) {
				return AttributeType.LONG;
			}
			if (value instanceof Double || value instanceof Float) {
				return AttributeType.DOUBLE;
			}
			return AttributeType.STRING;
		}

		private static Attribute attribute(Object value, AttributeType type) {
			return switch (type) {
				case BOOLEAN -> DefaultAttribute.createAttribute((Boolean) value);
				case LONG -> DefaultAttribute.createAttribute(((Number) value).longValue());
				case DOUBLE -> DefaultAttribute.createAttribute(((Number) value).doubleValue());
				default -> DefaultAttribute.createAttribute(text(value));
			};
		}

		private static String text(Object value) {
			if (value instanceof List<?> list) {
				return list.stream().map(String::valueOf).collect(Collectors.joining(","));
			}
			return String.valueOf(value);
		}

	}

}
