package eu.clustergraph.valuechain;

import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import eu.clustergraph.support.Responses;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ValueChainCoverageIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void theMatrixCountsEveryActiveCompanyAndContributingClusterOnce() {
		Map<String, Object> coverage = coverage("BAT", "COUNTRY");
		List<Map<String, Object>> cells = Responses.list(coverage, "cells");
		long companies = count("MATCH (:ValueChain {id: 'BAT'})-[:HAS_STAGE]->(:Stage)<-[r:ACTIVE_IN]-(:Company) RETURN count(r) AS n");
		long clusters = count("MATCH (:ValueChain {id: 'BAT'})-[:HAS_STAGE]->(:Stage)<-[r:CONTRIBUTES_TO]-(:Cluster) RETURN count(r) AS n");
		assertThat(cells.stream().mapToLong(cell -> ((Number) cell.get("companies")).longValue()).sum()).isEqualTo(companies);
		assertThat(cells.stream().mapToLong(cell -> ((Number) cell.get("clusters")).longValue()).sum()).isEqualTo(clusters);
		assertThat(cells).allSatisfy(cell -> assertThat((String) cell.get("area")).hasSize(2));
		assertThat(cells).filteredOn(cell -> cell.get("area").equals("DE"))
			.allSatisfy(cell -> assertThat(cell.get("areaName")).isEqualTo("Deutschland"));
		assertThat(Responses.list(coverage, "stages")).isNotEmpty();
		assertThat(Responses.list(coverage, "stages")).hasSize((int) count("MATCH (:ValueChain {id: 'BAT'})-[:HAS_STAGE]->(s) RETURN count(s) AS n"));
		// the same companies by NUTS 2 region
		List<Map<String, Object>> regional = Responses.list(coverage("BAT", "NUTS2"), "cells");
		assertThat(regional).allSatisfy(cell -> assertThat((String) cell.get("area")).hasSize(4));
		assertThat(regional.stream().mapToLong(cell -> ((Number) cell.get("companies")).longValue()).sum()).isEqualTo(companies);
	}

	@Test
	void supplyLinksFollowTheFeedsAndCrossBorderOnesAreCountedByCountryPair() {
		Map<String, Object> coverage = coverage("BAT", "COUNTRY");
		List<Map<String, Object>> supply = Responses.list(coverage, "supplyLinks");
		assertThat(supply).isNotEmpty();
		for (Map<String, Object> link : supply) {
			String from = (String) ((Map<?, ?>) link.get("from")).get("id");
			String to = (String) ((Map<?, ?>) link.get("to")).get("id");
			assertThat(count("MATCH (:Stage {id: '" + from + "'})-[f:FEEDS]->(:Stage {id: '" + to + "'}) RETURN count(f) AS n"))
				.isEqualTo(1);
			long crossBorder = count("MATCH (x:Company)-[l:SUPPLIES {stage: '" + from + "'}]->(y:Company)-[:ACTIVE_IN]->(:Stage {id: '"
					+ to + "'}) WHERE x.country <> y.country RETURN count(l) AS n");
			assertThat(((Number) link.get("crossBorder")).longValue()).isEqualTo(crossBorder);
			assertThat(Responses.list(link, "byCountryPair").stream().mapToLong(pair -> ((Number) pair.get("links")).longValue()).sum())
				.isEqualTo(crossBorder);
			assertThat(Responses.list(link, "byCountryPair")).allSatisfy(pair -> assertThat(pair.get("supplier")).isNotEqualTo(pair.get("customer")));
		}
		assertThat(Responses.list(coverage, "dependencies")).allSatisfy(dependency -> {
			double shares = Responses.list(dependency, "suppliers").stream().mapToDouble(s -> ((Number) s.get("share")).doubleValue()).sum();
			assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(((Number) dependency.get("concentration")).doubleValue()).isBetween(0.0, 1.0);
		});
	}

	@Test
	void anUnknownValueChainIsNull() {
		this.graphQl.document("{ valueChainCoverage(valueChain: \"NOPE\") { level } }")
			.execute()
			.errors()
			.verify()
			.path("valueChainCoverage")
			.valueIsNull();
	}

	private Map<String, Object> coverage(String chain, String level) {
		return Responses.execute(this.graphQl, "valueChainCoverage", Map.of("chain", chain, "level", level),
				"valueChainCoverage", new ParameterizedTypeReference<Map<String, Object>>() {
				});
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
	}


}
