package eu.clustergraph.support;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Helpers for tests that read whole GraphQL results as maps and lists, as a client's JSON would be. */
public final class Responses {

	private Responses() {
	}

	/** Runs a named document of {@code graphql-test/} with variables, checks for no errors, and returns a path. */
	public static <T> T execute(GraphQlTester graphQl, String documentName, Map<String, Object> variables, String path,
			ParameterizedTypeReference<T> type) {
		GraphQlTester.Request<?> request = graphQl.documentName(documentName);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		GraphQlTester.Response response = request.execute();
		response.errors().verify();
		return response.path(path).entity(type).get();
	}

	/** A list of objects under a key of a result object. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> list(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.get(key);
	}

}
