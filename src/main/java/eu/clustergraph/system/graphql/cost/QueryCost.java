package eu.clustergraph.system.graphql.cost;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import eu.clustergraph.system.graphql.errors.ErrorCode;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Holds every GraphQL request to its cost: the operation's {@link CostPlan} is made once per cached document (the
 * {@code DocumentCache} hands out the same {@link Document} for the same text) and evaluated with each request's
 * variables; a request over {@code max-per-request}, or over what is left of its client's budget, is rejected before
 * any data is fetched, with a code and how to stay under the limit. Every response says what it cost in
 * {@code extensions.cost}.
 */
public final class QueryCost extends SimplePerformantInstrumentation {

	/** The code of a request costing more than one request may. */
	public static final String COST_LIMIT_EXCEEDED = "COST_LIMIT_EXCEEDED";

	/** The code of a request its client's budget cannot pay for now. */
	public static final String RATE_LIMITED = "RATE_LIMITED";

	private final CostProperties properties;

	private final ClientBudgets budgets;

	private final Map<Document, Map<String, CostPlan>> plans = Collections.synchronizedMap(new WeakHashMap<>());

	private final AtomicLong planned = new AtomicLong();

	private volatile CostModel model;

	QueryCost(CostProperties properties) {
		this.properties = properties;
		this.budgets = properties.budgeted() ? new ClientBudgets(properties.budgetPerMinute()) : null;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Charge();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		long cost = plan(execution).evaluate(execution.getCoercedVariables().toMap());
		Charge charge = (Charge) state;
		charge.cost = cost;
		if (cost > this.properties.maxPerRequest()) {
			throw reject(COST_LIMIT_EXCEEDED, String.format(
					"This request costs %,d, more than the %,d one request may cost "
							+ "(clustergraph.graphql.cost.max-per-request); ask for smaller pages (first), fewer "
							+ "aliases or fewer traversals per request, or split it into several requests",
					cost, this.properties.maxPerRequest()), cost, null);
		}
		if (this.budgets != null) {
			String client = Objects.requireNonNullElse(execution.getGraphQLContext().get(RequestClient.KEY), "unknown");
			ConsumptionProbe probe = this.budgets.spend(client, cost);
			if (!probe.isConsumed()) {
				long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
				throw reject(RATE_LIMITED, String.format(
						"This request costs %,d and this client has %,d left of its budget of %,d per minute "
								+ "(clustergraph.graphql.cost.budget-per-minute); retry in %d s, or send cheaper "
								+ "requests",
						cost, probe.getRemainingTokens(), this.budgets.perMinute(), seconds), cost, seconds);
			}
			charge.remaining = probe.getRemainingTokens();
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!(state instanceof Charge charge) || charge.cost < 0) {
			return CompletableFuture.completedFuture(result);
		}
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requested", charge.cost);
		cost.put("limit", this.properties.maxPerRequest());
		if (this.budgets != null && charge.remaining >= 0) {
			cost.put("budgetPerMinute", this.budgets.perMinute());
			cost.put("budgetLeft", charge.remaining);
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		extensions.put("cost", cost);
		return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
	}

	/** How many operations were planned rather than found planned, for the tests. */
	long planned() {
		return this.planned.get();
	}

	private CostPlan plan(ExecutionContext execution) {
		CostModel current = this.model;
		if (current == null) {
			current = new CostModel(execution.getGraphQLSchema(), this.properties);
			this.model = current;
		}
		CostModel using = current;
		String operation = Objects.requireNonNullElse(execution.getOperationDefinition().getName(), "");
		return this.plans.computeIfAbsent(execution.getDocument(), document -> new ConcurrentHashMap<>())
			.computeIfAbsent(operation, name -> {
				this.planned.incrementAndGet();
				return using.plan(execution.getDocument(), execution.getOperationDefinition());
			});
	}

	private static AbortExecutionException reject(String code, String message, long cost, Long retryAfterSeconds) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put(ErrorCode.KEY, code);
		extensions.put("cost", cost);
		if (retryAfterSeconds != null) {
			extensions.put("retryAfterSeconds", retryAfterSeconds);
		}
		return new AbortExecutionException(java.util.List.of(GraphqlErrorBuilder.newError()
			.errorType(ErrorType.ExecutionAborted)
			.message(message)
			.extensions(extensions)
			.build()));
	}

	/** What one request was charged; -1 until its operation was costed. */
	private static final class Charge implements InstrumentationState {

		private volatile long cost = -1;

		private volatile long remaining = -1;

	}

}
