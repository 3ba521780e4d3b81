package eu.clustergraph.system.graphql.errors;

/**
 * A change based on a version of a record that is no longer current: another change came first. It reaches the
 * client with {@code extensions.code} {@code CONFLICT} and the version now current, to read again and retry.
 */
public class ConflictException extends RuntimeException {

	private final long currentVersion;

	public ConflictException(String message, long currentVersion) {
		super(message);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
