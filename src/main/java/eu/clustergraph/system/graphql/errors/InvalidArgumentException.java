package eu.clustergraph.system.graphql.errors;

/**
 * A GraphQL argument the caller must change. It reaches the client as an error with {@code extensions.code}
 * {@code BAD_USER_INPUT} and {@code extensions.argument} naming the argument.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String reason) {
		super("Argument '" + argument + "' " + reason);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
