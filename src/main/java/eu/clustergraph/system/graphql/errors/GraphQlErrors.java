package eu.clustergraph.system.graphql.errors;

import java.util.Map;

import eu.clustergraph.system.bulkhead.ServiceBusyException;
import eu.clustergraph.system.cypher.StatementTimeoutException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Maps exceptions from data fetchers to GraphQL errors a person can act on; never a stack trace. */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
		if (failure instanceof InvalidArgumentException invalid) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.BAD_REQUEST)
				.message(invalid.getMessage())
				.extensions(Map.of(ErrorCode.KEY, ErrorCode.BAD_USER_INPUT, "argument", invalid.argument()))
				.build();
		}
		if (failure instanceof FeatureUnavailableException unavailable) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(unavailable.getMessage())
				.extensions(Map.of(ErrorCode.KEY, ErrorCode.UNAVAILABLE))
				.build();
		}
		if (failure instanceof ServiceBusyException busy) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(busy.getMessage())
				.extensions(Map.of(ErrorCode.KEY, ErrorCode.SERVICE_BUSY, "retryAfterSeconds", busy.retryAfterSeconds()))
				.build();
		}
		if (failure instanceof StatementTimeoutException timeout) {
			// the engine's request deadline turns this into the request's one TIMEOUT error, with the limit and its setting
			return GraphqlErrorBuilder.newError(environment)
				.errorType(graphql.ErrorType.ExecutionAborted)
				.message(timeout.getMessage())
				.extensions(Map.of(ErrorCode.KEY, ErrorCode.TIMEOUT))
				.build();
		}
		// Anything else is ours to fix: Spring answers with a generic INTERNAL_ERROR and logs the exception.
		return null;
	}

}
