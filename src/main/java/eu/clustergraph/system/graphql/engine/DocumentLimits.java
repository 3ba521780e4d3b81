package eu.clustergraph.system.graphql.engine;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * The depth and field-count limits of every request, from graphql-java's analysis instrumentations, checked once per
 * document and operation rather than on every request, because both traverse the whole document (measured in
 * {@code docs/decisions/0005}). The {@link DocumentCache} hands out the same {@link Document}
 * for the same text, so a document within the limits is remembered by identity, and forgotten when the cache drops it.
 *
 * <p>Only {@code @skip} and {@code @include} make the result depend on the variables; a document that uses them is
 * checked on every request, with that request's variables. A document over a limit is never remembered, so every
 * request with it gets the error.
 */
final class DocumentLimits extends ChainedInstrumentation {

	private static final Set<String> CONDITIONS = Set.of("skip", "include");

	/** Operation names ("" for an anonymous one) known to be within the limits, per document. */
	private final Map<Document, Set<String>> withinLimits = Collections.synchronizedMap(new WeakHashMap<>());

	/** Whether a document uses {@code @skip} or {@code @include}, found once per document. */
	private final Map<Document, Boolean> conditional = Collections.synchronizedMap(new WeakHashMap<>());

	private final AtomicLong checks = new AtomicLong();

	DocumentLimits(int maxDepth, int maxFields) {
		super(new MaxQueryDepthInstrumentation(maxDepth), new MaxQueryComplexityInstrumentation(maxFields));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		Document document = execution.getDocument();
		String operation = Objects.requireNonNullElse(execution.getOperationDefinition().getName(), "");
		Set<String> known = this.withinLimits.get(document);
		if (known != null && known.contains(operation)) {
			return SimpleInstrumentationContext.noOp();
		}
		this.checks.incrementAndGet();
		// throws graphql-java's AbortExecutionException when over a limit, before any data is fetched
		InstrumentationContext<ExecutionResult> context = super.beginExecuteOperation(parameters, state);
		if (!this.conditional.computeIfAbsent(document, DocumentLimits::hasConditions)) {
			this.withinLimits.computeIfAbsent(document, d -> ConcurrentHashMap.newKeySet()).add(operation);
		}
		return context;
	}

	/** How many times a document was traversed to check it, for the tests. */
	long checks() {
		return this.checks.get();
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
