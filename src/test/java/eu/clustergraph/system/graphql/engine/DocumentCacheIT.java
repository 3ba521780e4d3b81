package eu.clustergraph.system.graphql.engine;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCacheIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DocumentCache cache;

	@Test
	void aRepeatedDocumentSkipsParsingAndValidation() {
		String document = "query($code: String!) { region(code: $code) { name } } # " + System.nanoTime();
		long misses = this.cache.misses();
		long hits = this.cache.hits();
		this.graphQl.document(document).variable("code", "DE11").execute().path("region.name").entity(String.class).isEqualTo("Stuttgart");
		this.graphQl.document(document).variable("code", "FR10").execute().path("region.name").entity(String.class).isEqualTo("Ile-de-France");
		this.graphQl.document(document).variable("code", "XX").execute().path("region").valueIsNull();
		assertThat(this.cache.misses() - misses).isEqualTo(1);
		assertThat(this.cache.hits() - hits).isEqualTo(2);
	}

	@Test
	void anInvalidDocumentStaysInvalidFromTheCache() {
		String document = "{ region(code: 7) { name } } # " + System.nanoTime();
		for (int i = 0; i < 2; i++) {
			this.graphQl.document(document).execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED")));
		}
	}

}
