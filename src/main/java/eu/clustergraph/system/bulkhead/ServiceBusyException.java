package eu.clustergraph.system.bulkhead;

/** Heavy work that found every slot taken for longer than it may wait; the client should retry later. */
public class ServiceBusyException extends RuntimeException {

	private final long retryAfterSeconds;

	ServiceBusyException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** When a retry is likely to find a slot. */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
