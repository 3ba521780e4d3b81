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
	void everyPackagedQueryHasAHeaderCommentAndExampleParameters() {
		var queries = new CypherQueries().all();
		assertThat(queries).isNotEmpty();
		for (NamedQuery query : queries) {
			assertThat(query.cypher()).as(query.name()).startsWith("//");
			assertThat(query.exampleParameters()).as(query.name()).startsWith("{").endsWith("}");
			assertThat(query.cypher()).as(query.name()).doesNotContain(";");
		}
	}

}
