package eu.clustergraph.system.cypher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherQueriesTests {

	@Test
	void paramLinesAreExampleParametersNotCypher() {
		NamedQuery query = CypherQueries.parse("region/example", """
				// What it answers.
				:param {code: 'DE11', version: 2021};
				MATCH (r:Region {code: $code}) RETURN r;
				""");
		assertThat(query.exampleParameters()).isEqualTo("{code: 'DE11', version: 2021}");
		assertThat(query.cypher()).isEqualTo("// What it answers.\nMATCH (r:Region {code: $code}) RETURN r");
	}

	@Test
	void slotsAreFilledOrKeepTheirDefault() {
		NamedQuery query = CypherQueries
			.parse("x/y", "MATCH (n) WHERE /*{filter}*/true RETURN n ORDER BY /*{sort}*/n.id /*{direction}*/ASC, n.x");
		assertThat(query.fill(java.util.Map.of("filter", "n.a = $f0", "direction", "DESC")).cypher())
			.isEqualTo("MATCH (n) WHERE n.a = $f0 RETURN n ORDER BY n.id DESC, n.x");
		assertThat(query.fill(java.util.Map.of()).cypher())
			.isEqualTo("MATCH (n) WHERE true RETURN n ORDER BY n.id ASC, n.x");
		assertThat(CypherQueries.parse("x/z", "UNWIND /*{group}*/[n.a, n.b] AS key RETURN key")
			.fill(java.util.Map.of("group", "[n.c]"))
			.cypher()).isEqualTo("UNWIND [n.c] AS key RETURN key");
		assertThat(CypherQueries.parse("x/w", "MATCH (n) WHERE /*{filter}*/(n.a = 1 AND n.b = 'x') RETURN n")
			.fill(java.util.Map.of("filter", "n.c = $f0"))
			.cypher()).isEqualTo("MATCH (n) WHERE n.c = $f0 RETURN n");
	}

	@Test
	void everyPackagedQueryHasAHeaderCommentAndExampleParameters() {
		var queries = new CypherQueries().all();
		assertThat(queries).isNotEmpty();
		for (NamedQuery query : queries) {
			assertThat(query.cypher()).as(query.name()).startsWith("//");
			assertThat(query.exampleParameters()).as(query.name()).startsWith("{").endsWith("}");
			// one statement per file: no statement separator outside comments
			assertThat(query.cypher().lines().filter(line -> !line.strip().startsWith("//")))
				.as(query.name())
				.noneMatch(line -> line.contains(";"));
		}
	}

}
