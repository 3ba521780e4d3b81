package eu.clustergraph.system.bulkhead;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Runs heavy computations at most {@code max-concurrent} at a time (a fair semaphore, so the first to wait is the
 * first served); one that cannot start within {@code max-wait} fails with a {@link ServiceBusyException}, which
 * GraphQL answers as {@code SERVICE_BUSY} and the exports as HTTP 429 with {@code Retry-After}.
 */
@Component
public class HeavyWork {

	private final Semaphore slots;

	private final HeavyWorkProperties properties;

	HeavyWork(HeavyWorkProperties properties) {
		this.properties = properties;
		this.slots = new Semaphore(properties.maxConcurrent(), true);
	}

	/** Runs the work when a slot is free within the wait; {@code what} names it in the error. */
	public <T> T run(String what, Supplier<T> work) {
		boolean acquired;
		try {
			acquired = this.slots.tryAcquire(this.properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			throw new ServiceBusyException(String.format("The service is running as many heavy computations as it "
					+ "may (%d, clustergraph.heavy-work.max-concurrent) and %s waited %s for a turn; retry in a few "
					+ "seconds", this.properties.maxConcurrent(), what, this.properties.maxWait()), retryAfterSeconds());
		}
		try {
			return work.get();
		}
		finally {
			this.slots.release();
		}
	}

	/** Slots free now, for the tests and the load program. */
	public int available() {
		return this.slots.availablePermits();
	}

	private long retryAfterSeconds() {
		return Math.max(1, this.properties.maxWait().toSeconds() * 2);
	}

}
