package eu.clustergraph.system.graphql.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import eu.clustergraph.system.graphql.errors.ErrorCode;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The depth and field-count limits of every request, from graphql-java's analysis instrumentations, checked once per
 * document and operation rather than on every request, because both traverse the whole document (measured in
 * {@code docs/decisions/0005}). The {@link DocumentCache} hands out the same {@link Document}
 * for the same text, so a document within the limits is remembered by identity, and forgotten when the cache drops it.
 *
 * <p>Two more limits are checked with them, both ways a small document multiplies work that its depth does not
 * show: the number of aliases, and the nesting of argument values (in the document, and in each request's
 * variables, which are checked on every request).
 *
 * <p>A document over a limit is remembered too, with its error: a client that repeats a hostile document (1,000
 * aliases took 5.9 ms a request to traverse again, 17 times a trivial query) then costs a look-up, and every request
 * with it still gets the error.
 *
 * <p>Only {@code @skip} and {@code @include} make the result depend on the variables; a document that uses them is
 * checked on every request, with that request's variables.
 */
final class DocumentLimits extends ChainedInstrumentation {

	private static final Set<String> CONDITIONS = Set.of("skip", "include");

	/** Operation names ("" for an anonymous one) known to be within the limits, per document. */
	private final Map<Document, Set<String>> withinLimits = Collections.synchronizedMap(new WeakHashMap<>());

	/** The error of each operation known to be over a limit, per document. */
	private final Map<Document, Map<String, AbortExecutionException>> overLimits = Collections
		.synchronizedMap(new WeakHashMap<>());

	/** Whether a document uses {@code @skip} or {@code @include}, found once per document. */
	private final Map<Document, Boolean> conditional = Collections.synchronizedMap(new WeakHashMap<>());

	private final AtomicLong checks = new AtomicLong();

	private final int maxAliases;

	private final int maxInputDepth;

	DocumentLimits(int maxDepth, int maxFields, int maxAliases, int maxInputDepth) {
		super(new MaxQueryDepthInstrumentation(maxDepth), new MaxQueryComplexityInstrumentation(maxFields));
		this.maxAliases = maxAliases;
		this.maxInputDepth = maxInputDepth;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		Document document = execution.getDocument();
		String operation = Objects.requireNonNullElse(execution.getOperationDefinition().getName(), "");
		// variables differ per request: their nesting is checked on every one (a walk of a few values)
		checkVariables(execution.getCoercedVariables().toMap());
		Set<String> known = this.withinLimits.get(document);
		if (known != null && known.contains(operation)) {
			return SimpleInstrumentationContext.noOp();
		}
		AbortExecutionException refused = this.overLimits.getOrDefault(document, Map.of()).get(operation);
		if (refused != null) {
			throw refused;
		}
		this.checks.incrementAndGet();
		boolean remembered = !this.conditional.computeIfAbsent(document, DocumentLimits::hasConditions);
		InstrumentationContext<ExecutionResult> context;
		try {
			// graphql-java's AbortExecutionException when over a limit, before any data is fetched
			context = super.beginExecuteOperation(parameters, state);
			checkShape(document);
		}
		catch (AbortExecutionException overLimit) {
			if (remembered) {
				this.overLimits.computeIfAbsent(document, d -> new ConcurrentHashMap<>()).put(operation, overLimit);
			}
			throw overLimit;
		}
		if (remembered) {
			this.withinLimits.computeIfAbsent(document, d -> ConcurrentHashMap.newKeySet()).add(operation);
		}
		return context;
	}

	/** How many times a document was traversed to check it, for the tests. */
	long checks() {
		return this.checks.get();
	}

	/** Aliases and literal argument nesting: the two ways a small document multiplies work that depth misses. */
	private void checkShape(Document document) {
		int[] aliases = { 0 };
		int[] deepest = { 0 };
		// pre-order: each field once (depthFirst visits it on entering and on leaving, which counted every alias twice)
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field node, TraverserContext<Node> context) {
				if (node.getAlias() != null) {
					aliases[0]++;
				}
				for (Argument argument : node.getArguments()) {
					deepest[0] = Math.max(deepest[0], depth(argument.getValue()));
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		if (aliases[0] > this.maxAliases) {
			throw tooLarge("The document has " + aliases[0] + " aliased fields, more than the " + this.maxAliases
					+ " allowed (clustergraph.graphql.max-aliases); ask for each thing once, or split the request");
		}
		if (deepest[0] > this.maxInputDepth) {
			throw tooLarge("An argument is nested " + deepest[0] + " levels deep, more than the " + this.maxInputDepth
					+ " allowed (clustergraph.graphql.max-input-depth); flatten the filter");
		}
	}

	private void checkVariables(Map<String, Object> variables) {
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			int depth = depth(variable.getValue(), 0, this.maxInputDepth + 1);
			if (depth > this.maxInputDepth) {
				throw tooLarge("The variable $" + variable.getKey() + " is nested more than the " + this.maxInputDepth
						+ " levels allowed (clustergraph.graphql.max-input-depth); flatten the filter");
			}
		}
	}

	/** The nesting of a literal value: 0 for a scalar, 1 more for each list or object around it. */
	private static int depth(Value<?> value) {
		if (value instanceof ObjectValue object) {
			return 1 + object.getObjectFields().stream().mapToInt(field -> depth(field.getValue())).max().orElse(0);
		}
		if (value instanceof ArrayValue array) {
			return 1 + array.getValues().stream().mapToInt(DocumentLimits::depth).max().orElse(0);
		}
		return 0;
	}

	/** The nesting of a variable's value, given up once past {@code stop} (a deep value is refused anyway). */
	private static int depth(Object value, int level, int stop) {
		if (level >= stop) {
			return level;
		}
		if (value instanceof Map<?, ?> map) {
			int deepest = level + 1;
			for (Object child : map.values()) {
				deepest = Math.max(deepest, depth(child, level + 1, stop));
			}
			return deepest;
		}
		if (value instanceof Collection<?> list) {
			int deepest = level + 1;
			for (Object child : list) {
				deepest = Math.max(deepest, depth(child, level + 1, stop));
			}
			return deepest;
		}
		return level;
	}

	private static AbortExecutionException tooLarge(String message) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.errorType(graphql.ErrorType.ExecutionAborted)
			.message(message)
			.extensions(Map.of(ErrorCode.KEY, ErrorCode.REQUEST_TOO_LARGE))
			.build()));
	}

	private static boolean hasConditions(Document document) {
		boolean[] found = { false };
		new NodeTraverser().depthFirst(new NodeVisitorStub() {
			@Override
			public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
				found[0] |= CONDITIONS.contains(node.getName());
				return found[0] ? TraversalControl.QUIT : TraversalControl.CONTINUE;
			}
		}, document);
		return found[0];
	}

}
