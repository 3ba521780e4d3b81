package eu.clustergraph.subgraph;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.Responses;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

class SubgraphIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void aClusterWithItsMembersAndTheirRegionsIsOneHopOfMembersAndOneOfLocations() {
		String cluster = smallCluster();
		Map<String, Object> subgraph = subgraph(Map.of("seeds", List.of(cluster), "depth", 2, "types",
				List.of("MEMBER_OF", "LOCATED_IN"), "limit", 5000));
		long members = count("MATCH (:Cluster {id: $id})<-[:MEMBER_OF]-(m) RETURN count(m) AS n", cluster);
		List<Map<String, Object>> nodes = Responses.list(subgraph, "nodes");
		List<Map<String, Object>> edges = Responses.list(subgraph, "edges");
		assertThat(subgraph.get("truncated")).isEqualTo(false);
		assertThat(nodes.get(0).get("id")).isEqualTo("Cluster:" + cluster);
		// the members, one hop away; and, two hops away through the cluster's own region, whoever else is located there
		long neighbours = this.driver.executableQuery("""
				MATCH (c:Cluster {id: $id})-[:LOCATED_IN]->(:Region)<-[:LOCATED_IN]-(m)
				WHERE (m:Company OR m:Organisation) AND NOT (m)-[:MEMBER_OF]->(c)
				RETURN count(DISTINCT m) AS n""")
			.withParameters(Map.of("id", cluster))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		assertThat(nodes).filteredOn(node -> ((List<?>) node.get("labels")).contains("Company")
				|| ((List<?>) node.get("labels")).contains("Organisation")).hasSize((int) (members + neighbours));
		assertThat(edges).extracting(edge -> edge.get("type")).containsOnly("MEMBER_OF", "LOCATED_IN");
		// every edge joins two nodes of the subgraph
		List<Object> ids = nodes.stream().map(node -> node.get("id")).toList();
		assertThat(edges).allSatisfy(edge -> assertThat(ids).contains(edge.get("source"), edge.get("target")));
		assertThat(((Map<?, ?>) nodes.get(0).get("properties")).get("id")).isEqualTo(cluster);
	}

	@Test
	void aHubSeedStopsAtTheLimitAndSaysSo() {
		// an ecosystem: its clusters, and their members one hop further
		Map<String, Object> subgraph = subgraph(Map.of("seeds", List.of("MOB"), "depth", 2, "limit", 200));
		assertThat(subgraph.get("truncated")).isEqualTo(true);
		assertThat(Responses.list(subgraph, "nodes")).hasSize(200);
	}

	@Test
	void aSmallSeedBesideAHubKeepsItsNeighboursWhenTheLimitCuts() {
		// the largest cluster (hundreds of members) and a member company of another cluster, as the explorer asks
		// when a company is clicked to expand it
		String hub = this.driver.executableQuery("MATCH (c:Cluster) RETURN c.id AS id ORDER BY c.memberCount DESC, id LIMIT 1")
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
		var company = this.driver.executableQuery("""
				MATCH (co:Company)-[:MEMBER_OF]->(c:Cluster) WHERE c.id <> $hub AND NOT (co)-[:MEMBER_OF]->(:Cluster {id: $hub})
				WITH co ORDER BY co.id LIMIT 1
				RETURN co.id AS id, COUNT { (co)--() } AS relationships, COUNT { MATCH (co)--(m) RETURN DISTINCT m } AS neighbours""")
			.withParameters(Map.of("hub", hub))
			.execute()
			.records()
			.get(0);
		int neighbours = company.get("neighbours").asInt();
		long members = count("MATCH (:Cluster {id: $id})<-[:MEMBER_OF]-(m) RETURN count(m) AS n", hub);
		int limit = 2 + 2 * neighbours;
		assertThat(members).as("the hub alone would fill the limit").isGreaterThan(limit);
		Map<String, Object> subgraph = subgraph(Map.of("seeds", List.of(hub, company.get("id").asString()), "depth", 1,
				"limit", limit));
		assertThat(subgraph.get("truncated")).isEqualTo(true);
		assertThat(Responses.list(subgraph, "nodes")).hasSize(limit);
		String companyKey = "Company:" + company.get("id").asString();
		long kept = Responses.list(subgraph, "edges")
			.stream()
			.filter(edge -> companyKey.equals(edge.get("source")) || companyKey.equals(edge.get("target")))
			.count();
		assertThat(kept).as("every relationship of the small seed is kept").isEqualTo(company.get("relationships").asLong());
	}

	@Test
	void theThreeExportsCarryTheSameNodesAndEdgesAsTheQuery() throws Exception {
		String cluster = smallCluster();
		Map<String, Object> subgraph = subgraph(Map.of("seeds", List.of(cluster), "depth", 2, "limit", 150));
		int nodes = Responses.list(subgraph, "nodes").size();
		int edges = Responses.list(subgraph, "edges").size();
		assertThat(edges).isPositive();
		RestClient http = RestClient.create("http://127.0.0.1:" + this.port);
		String query = "?seeds=" + cluster + "&depth=2&limit=150";

		var json = http.get().uri("/export/subgraph.json" + query).retrieve().toEntity(Map.class);
		assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		Map<?, ?> elements = (Map<?, ?>) json.getBody().get("elements");
		assertThat((List<?>) elements.get("nodes")).hasSize(nodes).allSatisfy(node -> {
			Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) node).get("data");
			assertThat(data.get("value")).isEqualTo(data.get("id"));
		});
		assertThat((List<?>) elements.get("edges")).hasSize(edges);

		var graphml = http.get().uri("/export/subgraph.graphml" + query).retrieve().toEntity(String.class);
		assertThat(graphml.getHeaders().getContentType().toString()).startsWith("application/graphml+xml");
		Graph<String, Object> fromGraphml = new DirectedPseudograph<>(null, Object::new, false);
		GraphMLImporter<String, Object> graphmlReader = new GraphMLImporter<>();
		graphmlReader.setSchemaValidation(true);
		graphmlReader.setVertexFactory(id -> id);
		graphmlReader.importGraph(fromGraphml, new StringReader(graphml.getBody()));
		assertThat(fromGraphml.vertexSet()).hasSize(nodes);
		assertThat(fromGraphml.edgeSet()).hasSize(edges);

		var gexf = http.get().uri("/export/subgraph.gexf" + query).retrieve().toEntity(String.class);
		assertThat(gexf.getHeaders().getContentType().toString()).startsWith("application/gexf+xml");
		Graph<String, Object> fromGexf = new DirectedPseudograph<>(null, Object::new, false);
		SimpleGEXFImporter<String, Object> gexfReader = new SimpleGEXFImporter<>();
		gexfReader.setSchemaValidation(true);
		gexfReader.setVertexFactory(id -> id);
		gexfReader.importGraph(fromGexf, new StringReader(gexf.getBody()));
		assertThat(fromGexf.vertexSet()).hasSize(nodes);
		assertThat(fromGexf.edgeSet()).hasSize(edges);
	}

	@Test
	void badArgumentsAreNamedInGraphQlAndInTheExports() {
		Map<String, String> bad = Map.of("subgraph(seeds: [\"CL00001\"], depth: 4)", "depth",
				"subgraph(seeds: [\"CL00001\"], limit: 5001)", "limit", "subgraph(seeds: [])", "seeds",
				"subgraph(seeds: [\"CL00001\"], relationshipTypes: [\"KNOWS\"])", "relationshipTypes",
				"subgraph(seeds: [\"CL00001\"], labels: [\"Person\"])", "labels",
				"subgraph(seeds: [\"CL00001\"], minStrength: 0)", "minStrength");
		bad.forEach((field, argument) -> this.graphQl.document("{ " + field + " { truncated } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).as(field).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("'" + argument + "'");
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
			})));
		RestClient http = RestClient.create("http://127.0.0.1:" + this.port);
		for (String query : List.of("seeds=CL00001&minStrength=1.5", "seeds=CL00001&minStrength=high")) {
			var response = http.get()
				.uri("/export/subgraph.json?" + query)
				.exchange((request, answer) -> Map.of("status", answer.getStatusCode().value(), "body",
						new String(answer.getBody().readAllBytes())));
			assertThat(response.get("status")).as(query).isEqualTo(400);
			assertThat((String) response.get("body")).as(query).contains("\"parameter\":\"minStrength\"");
		}
		for (String query : List.of("seeds=CL00001&depth=9", "seeds=CL00001&depth=two")) {
			var response = http.get()
				.uri("/export/subgraph.gexf?" + query)
				.exchange((request, answer) -> Map.of("status", answer.getStatusCode().value(), "body",
						new String(answer.getBody().readAllBytes())));
			assertThat(response.get("status")).as(query).isEqualTo(400);
			assertThat((String) response.get("body")).as(query).contains("'depth'").contains("\"parameter\":\"depth\"");
		}
	}

	@Test
	void tiesAreFollowedAndReturnedFromTheMinimumStrengthOn() {
		String cluster = this.driver.executableQuery("""
				MATCH (c:Cluster)-[t:TIED_WITH]-()
				WITH c, count(CASE WHEN t.strength >= 0.9 THEN 1 END) AS strong, count(CASE WHEN t.strength < 0.6 THEN 1 END) AS weak
				WHERE strong > 0 AND weak > 0
				RETURN c.id AS id ORDER BY id LIMIT 1""").execute().records().get(0).get("id").asString();
		for (Double minStrength : java.util.Arrays.asList(null, 0.9, 0.01)) {
			double minimum = (minStrength == null) ? 0.6 : minStrength;
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("seeds", List.of(cluster), "depth", 1, "types",
					List.of("TIED_WITH"), "limit", 5000));
			variables.put("minStrength", minStrength);
			Map<String, Object> subgraph = subgraph(variables);
			List<Object> neighbours = this.driver.executableQuery("""
					MATCH (:Cluster {id: $id})-[t:TIED_WITH]-(o:Cluster) WHERE t.strength >= $minimum
					RETURN 'Cluster:' + o.id AS key ORDER BY key""")
				.withParameters(Map.of("id", cluster, "minimum", minimum))
				.execute()
				.records()
				.stream()
				.map(record -> (Object) record.get("key").asString())
				.toList();
			assertThat(Responses.list(subgraph, "nodes")).as("minStrength " + minStrength)
				.extracting(node -> node.get("id"))
				.containsExactlyInAnyOrderElementsOf(concat("Cluster:" + cluster, neighbours));
			assertThat(Responses.list(subgraph, "edges")).isNotEmpty()
				.allSatisfy(edge -> assertThat(((Number) ((Map<?, ?>) edge.get("properties")).get("strength")).doubleValue())
					.isGreaterThanOrEqualTo(minimum));
		}
	}

	private static List<Object> concat(Object first, List<Object> rest) {
		List<Object> all = new java.util.ArrayList<>(rest);
		all.add(0, first);
		return all;
	}

	@Test
	void unknownSeedsGiveAnEmptySubgraph() {
		Map<String, Object> subgraph = subgraph(Map.of("seeds", List.of("NOPE")));
		assertThat(Responses.list(subgraph, "nodes")).isEmpty();
		assertThat(subgraph.get("truncated")).isEqualTo(false);
	}

	private Map<String, Object> subgraph(Map<String, Object> variables) {
		// a subgraph of a few hundred nodes with their properties is more than the client's default 256 KB
		HttpGraphQlTester client = this.graphQl.mutate()
			.webTestClient(builder -> builder.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20)))
			.build();
		return Responses.execute(client, "subgraphAroundSeeds", variables, "subgraph",
				new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				});
	}

	/** A cluster of 20 to 40 members: a subgraph around it stays within the test client's buffer. */
	private String smallCluster() {
		return this.driver.executableQuery("""
				MATCH (c:Cluster) WHERE 20 <= c.memberCount <= 40 RETURN c.id AS id ORDER BY id LIMIT 1""")
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
	}

	private long count(String cypher, String id) {
		return this.driver.executableQuery(cypher).withParameters(Map.of("id", id)).execute().records().get(0).get("n").asLong();
	}


}
