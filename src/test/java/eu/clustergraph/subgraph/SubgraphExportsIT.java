package eu.clustergraph.subgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.Python;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The exports bound relationships as well as nodes, say so in the file, and keep parallel relationships apart. */
class SubgraphExportsIT extends EmbeddedGraph {

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	void aHubsRelationshipsStopAtTheEdgeLimitAndEveryFormatSaysSo() {
		RestClient http = RestClient.create("http://127.0.0.1:" + this.port);
		String query = "?seeds=MOB&depth=2&limit=300&edgeLimit=25";

		Map<?, ?> json = http.get().uri("/export/subgraph.json" + query).retrieve().body(Map.class);
		Map<?, ?> limits = (Map<?, ?>) json.get("data");
		assertThat(limits.get("edgesTruncated")).isEqualTo(true);
		assertThat(limits.get("edgeLimit")).isEqualTo(25);
		assertThat((List<?>) ((Map<?, ?>) json.get("elements")).get("edges")).hasSize(25);

		String graphml = http.get().uri("/export/subgraph.graphml" + query).retrieve().body(String.class);
		assertThat(graphml).containsPattern("attr.name=\"edgesTruncated\"").contains(">true</data>");
		assertThat(graphml.split("<edge ", -1)).hasSize(26);

		String gexf = http.get().uri("/export/subgraph.gexf" + query).retrieve().body(String.class);
		assertThat(gexf).contains("edgesTruncated=true");

		String unbounded = http.get().uri("/export/subgraph.graphml?seeds=MOB&depth=2&limit=300").retrieve().body(String.class);
		assertThat(unbounded.split("<edge ", -1).length - 1).isGreaterThan(25);
	}

	@Test
	void networkXKeepsEveryParallelRelationshipOfTheCytoscapeExport() throws Exception {
		// two clusters with an agreement are also tied: an AGREEMENT_WITH and a TIED_WITH from one to the other
		String cluster = this.driver
			.executableQuery("MATCH (a:Cluster)-[:AGREEMENT_WITH]->(b:Cluster)<-[:TIED_WITH]-(a) RETURN a.id AS id "
					+ "ORDER BY id LIMIT 1")
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
		String body = RestClient.create("http://127.0.0.1:" + this.port)
			.get()
			.uri("/export/subgraph.json?seeds=" + cluster + "&depth=1&relationshipTypes=AGREEMENT_WITH,TIED_WITH&minStrength=0.01")
			.retrieve()
			.body(String.class);
		Map<?, ?> export = JsonMapper.shared().readValue(body, Map.class);
		Map<?, ?> elements = (Map<?, ?>) export.get("elements");
		int nodes = ((List<?>) elements.get("nodes")).size();
		int edges = ((List<?>) elements.get("edges")).size();
		long pairs = ((List<?>) elements.get("edges")).stream()
			.map(edge -> (Map<?, ?>) ((Map<?, ?>) edge).get("data"))
			.map(data -> data.get("source") + " " + data.get("target"))
			.distinct()
			.count();
		assertThat(pairs).as("the export has parallel relationships to keep").isLessThan(edges);

		Path file = Files.createTempFile("subgraph", ".json");
		Files.writeString(file, body);
		String printed = Python.run("networkx", Path.of("src/test/resources/exports/networkx_cytoscape.py"),
				file.toString());
		Map<?, ?> read = JsonMapper.shared().readValue(printed.strip().lines().reduce((a, b) -> b).orElseThrow(),
				Map.class);
		assertThat(read.get("directed")).isEqualTo(true);
		assertThat(read.get("multigraph")).isEqualTo(true);
		assertThat(read.get("nodes")).isEqualTo(nodes);
		assertThat(read.get("edges")).isEqualTo(edges);
	}

}
