package eu.clustergraph.system.cypher;

import java.time.Duration;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * The moment by which the work running on this thread must be done, so that every Cypher read started for it gets
 * the time left as its transaction timeout, and the database stops a statement that would outlive its caller.
 *
 * <p>A thread-local value rather than a parameter: the GraphQL request that owns a deadline reaches the database
 * through data fetchers and batch loaders of every feature, none of which should have to pass it along. The request
 * puts its deadline into its {@code GraphQLContext} under {@link #KEY}, and Spring GraphQL's context propagation
 * sets and clears the thread-local around every data fetcher and batch loader through {@link Accessor} (registered
 * in {@code META-INF/services}). Work with no deadline (imports, start-up, benchmarks) runs without a transaction
 * timeout.
 */
public final class StatementDeadline {

	/** The key of the deadline, a {@link System#nanoTime()} value, in a context that propagates to threads. */
	public static final String KEY = "clustergraph.statement-deadline";

	private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

	private StatementDeadline() {
	}

	/**
	 * Sets the deadline ({@link System#nanoTime()} based) of the work this thread runs until the returned scope is
	 * closed, which restores whatever deadline was set before.
	 */
	public static Scope until(long deadlineNanos) {
		Long previous = DEADLINE.get();
		DEADLINE.set(deadlineNanos);
		return () -> restore(previous);
	}

	/** The time left to this thread's deadline (zero or negative once it has passed), or null without one. */
	static Duration remaining() {
		Long deadline = DEADLINE.get();
		return (deadline != null) ? Duration.ofNanos(deadline - System.nanoTime()) : null;
	}

	private static void restore(Long previous) {
		if (previous == null) {
			DEADLINE.remove();
		}
		else {
			DEADLINE.set(previous);
		}
	}

	/** Restores the deadline that was set when the scope opened. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	/** Lets context propagation carry the deadline onto the threads that run a request's fetchers and loaders. */
	public static final class Accessor implements ThreadLocalAccessor<Long> {

		@Override
		public Object key() {
			return KEY;
		}

		@Override
		public Long getValue() {
			return DEADLINE.get();
		}

		@Override
		public void setValue(Long deadline) {
			DEADLINE.set(deadline);
		}

		@Override
		public void setValue() {
			DEADLINE.remove();
		}

	}

}
