package eu.clustergraph.system.graphql.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error an {@code extensions.code}, also those raised by graphql-java itself before any of our code runs
 * (syntax, validation, unknown enum values), so clients can branch on one field.
 */
@Component
class CodedErrors implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			return response.transform(builder -> builder.errors(withCodes(response.getExecutionResult().getErrors())));
		});
	}

	private static List<GraphQLError> withCodes(List<GraphQLError> errors) {
		return errors.stream().map(CodedErrors::withCode).toList();
	}

	private static GraphQLError withCode(GraphQLError error) {
		Map<String, Object> extensions = (error.getExtensions() == null) ? new LinkedHashMap<>()
				: new LinkedHashMap<>(error.getExtensions());
		if (extensions.containsKey(ErrorCode.KEY)) {
			return error;
		}
		extensions.put(ErrorCode.KEY, codeOf(error.getErrorType()));
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.extensions(extensions);
		if (error.getLocations() != null) {
			builder.locations(error.getLocations());
		}
		if (error.getPath() != null) {
			builder.path(error.getPath());
		}
		return builder.build();
	}

	private static String codeOf(ErrorClassification type) {
		String name = (type == null) ? "" : type.toString();
		return switch (name) {
			case "InvalidSyntax" -> "GRAPHQL_PARSE_FAILED";
			case "ValidationError" -> "GRAPHQL_VALIDATION_FAILED";
			case "BAD_REQUEST" -> ErrorCode.BAD_USER_INPUT;
			case "NOT_FOUND" -> "NOT_FOUND";
			// a depth or size limit (RequestLimits) stopped the document before it ran
			case "ExecutionAborted" -> ErrorCode.REQUEST_TOO_LARGE;
			case "UNAUTHORIZED" -> ErrorCode.UNAUTHENTICATED;
			case "FORBIDDEN" -> ErrorCode.FORBIDDEN;
			default -> "INTERNAL_ERROR";
		};
	}

}
