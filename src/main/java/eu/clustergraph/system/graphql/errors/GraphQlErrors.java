package eu.clustergraph.system.graphql.errors;

import java.util.Map;

import eu.clustergraph.system.bulkhead.ServiceBusyException;
import eu.clustergraph.system.cypher.StatementTimeoutException;
import graphql.GraphQLError;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Maps exceptions from data fetchers to GraphQL errors a person can act on; never a stack trace. */
@Component
// before Spring's own resolver of security exceptions, whose errors say only "Unauthorized" or "Forbidden"
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	@Override
	protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
		if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
			return denied(environment);
		}
		if (failure instanceof RecordNotFoundException missing) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.NOT_FOUND)
				.message(missing.getMessage())
				.extensions(Map.of(ErrorCode.KEY, ErrorCode.NOT_FOUND, "argument", missing.argument()))
				.build();
		}
		if (failure instanceof ConflictException conflict) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.BAD_REQUEST)
				.message(conflict.getMessage())
				.extensions(Map.of(ErrorCode.KEY, ErrorCode.CONFLICT, "currentVersion", conflict.currentVersion()))
				.build();
		}
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
		if (failure instanceof ServiceUnavailableException || failure instanceof SessionExpiredException) {
			return GraphqlErrorBuilder.newError(environment)
				.errorType(ErrorType.INTERNAL_ERROR)
				.message("The database cannot be reached just now; retry in a few seconds (/actuator/health/readiness "
						+ "says when it is back)")
				.extensions(Map.of(ErrorCode.KEY, ErrorCode.SERVICE_UNAVAILABLE))
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

	/** A field the caller's key may not use: without a valid key, or with one that lacks the role. */
	private static GraphQLError denied(DataFetchingEnvironment environment) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = caller == null || TRUST.isAnonymous(caller);
		String message = anonymous
				? "'" + environment.getField().getName() + "' needs an API key with the CURATOR role: send it in the "
						+ "X-API-Key header"
				: "The API key '" + caller.getName() + "' may not use '" + environment.getField().getName()
						+ "': that needs the CURATOR role";
		return GraphqlErrorBuilder.newError(environment)
			.errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
			.message(message)
			.extensions(Map.of(ErrorCode.KEY, anonymous ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN))
			.build();
	}

}
