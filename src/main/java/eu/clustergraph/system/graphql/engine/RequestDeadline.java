package eu.clustergraph.system.graphql.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import eu.clustergraph.system.cypher.StatementDeadline;
import eu.clustergraph.system.cypher.StatementTimeoutException;
import eu.clustergraph.system.graphql.errors.ErrorCode;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * The time limit of every request ({@code clustergraph.graphql.timeout}), kept without a timer: the deadline is
 * checked before every data fetch that can do I/O. The first fetch past it cancels the execution through
 * graphql-java's own cancellation, so nothing more is fetched, and the request gets one {@code TIMEOUT} error in place
 * of graphql-java's "cancelled" one. The Cypher statement already running when the limit passes is stopped by the
 * database: the deadline goes into the request's {@code GraphQLContext} as the {@link StatementDeadline}, which gives
 * every read of the request the time left as its transaction timeout, and a read that runs out of it fails with a
 * {@link StatementTimeoutException} that ends as the same {@code TIMEOUT} error.
 *
 * <p>Why not Spring's {@code TimeoutWebGraphQlInterceptor}: it woke a scheduler thread for every request (measured
 * in {@code docs/decisions/0005}), could not stop a synchronous execution any earlier than this does, and answered
 * HTTP 408 without a GraphQL error to branch on.
 */
final class RequestDeadline extends SimplePerformantInstrumentation {

	private final Duration limit;

	RequestDeadline(Duration limit) {
		this.limit = limit;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		Deadline deadline = new Deadline(System.nanoTime() + this.limit.toNanos());
		parameters.getExecutionInput().getGraphQLContext().put(StatementDeadline.KEY, deadline.nanos);
		return deadline;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// a property of an object already fetched costs no I/O: not worth a clock read per field
		if (parameters.isTrivialDataFetcher() || !(state instanceof Deadline deadline)) {
			return fetcher;
		}
		ExecutionInput execution = parameters.getExecutionContext().getExecutionInput();
		return environment -> {
			if (deadline.passed()) {
				execution.cancel();
				return null;
			}
			return fetcher.get(environment);
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!(state instanceof Deadline deadline)
				|| !(deadline.expired || result.getErrors().stream().anyMatch(RequestDeadline::isTimeout))) {
			return CompletableFuture.completedFuture(result);
		}
		// graphql-java reports the cancellation as an abort, a read stopped by the database as a TIMEOUT error of its
		// field, and the nulls left behind as errors of their own: the client gets one error for the time limit
		List<GraphQLError> errors = new ArrayList<>();
		errors.add(GraphqlErrorBuilder.newError()
			.errorType(ErrorType.ExecutionAborted)
			.message("The request took longer than its time limit of %s (clustergraph.graphql.timeout) and was "
					+ "stopped; ask for fewer or smaller pages", this.limit)
			.extensions(Map.of(ErrorCode.KEY, ErrorCode.TIMEOUT))
			.build());
		result.getErrors().stream()
			.filter(error -> !(error instanceof AbortExecutionException) && !isTimeout(error))
			.forEach(errors::add);
		return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
	}

	static boolean isTimeout(GraphQLError error) {
		return error.getExtensions() != null && ErrorCode.TIMEOUT.equals(error.getExtensions().get(ErrorCode.KEY));
	}

	private static final class Deadline implements InstrumentationState {

		private final long nanos;

		/** Set by the request's thread of execution, read when its result is complete. */
		private volatile boolean expired;

		Deadline(long nanos) {
			this.nanos = nanos;
		}

		boolean passed() {
			if (!this.expired && System.nanoTime() - this.nanos > 0) {
				this.expired = true;
			}
			return this.expired;
		}

	}

}
