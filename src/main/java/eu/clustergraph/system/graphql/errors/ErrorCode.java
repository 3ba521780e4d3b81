package eu.clustergraph.system.graphql.errors;

/**
 * The values of {@code extensions.code} that clients branch on (DESIGN.md, API conventions). Every error carries one:
 * ours set it where they are raised, {@link CodedErrors} adds it to those graphql-java raises itself.
 */
public final class ErrorCode {

	/** The extension key. */
	public static final String KEY = "code";

	/** An argument the caller must change; {@code extensions.argument} names it. */
	public static final String BAD_USER_INPUT = "BAD_USER_INPUT";

	/** The request ran past {@code clustergraph.graphql.timeout}. */
	public static final String TIMEOUT = "TIMEOUT";

	/** The database lacks what the field needs (the Graph Data Science library for the network analytics). */
	public static final String UNAVAILABLE = "UNAVAILABLE";

	/** Heavy work found every slot taken (clustergraph.heavy-work); {@code extensions.retryAfterSeconds} says when to retry. */
	public static final String SERVICE_BUSY = "SERVICE_BUSY";

	/** A record an argument names does not exist; {@code extensions.argument} names the argument. */
	public static final String NOT_FOUND = "NOT_FOUND";

	/** A change based on a version no longer current; {@code extensions.currentVersion} is the current one. */
	public static final String CONFLICT = "CONFLICT";

	/** A field that needs an API key, asked for without a valid one. */
	public static final String UNAUTHENTICATED = "UNAUTHENTICATED";

	/** A field the request's API key lacks the role for. */
	public static final String FORBIDDEN = "FORBIDDEN";

	/** The database cannot be reached (an external Neo4j stopped or unreachable); retry later. */
	public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

	/** A depth or size limit stopped the document before it ran. */
	public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";

	private ErrorCode() {
	}

}
