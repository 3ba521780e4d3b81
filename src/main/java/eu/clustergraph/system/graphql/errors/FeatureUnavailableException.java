package eu.clustergraph.system.graphql.errors;

/**
 * A field this database cannot answer, such as a network metric on an external Neo4j without the Graph Data Science
 * library: the field's one error says what is missing and what to do; the rest of the response is answered.
 */
public class FeatureUnavailableException extends RuntimeException {

	public FeatureUnavailableException(String message) {
		super(message);
	}

}
