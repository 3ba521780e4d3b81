package eu.clustergraph.system.graphql.errors;

/**
 * An argument naming a record that does not exist, where one must (the cluster a mutation changes). It reaches the
 * client with {@code extensions.code} {@code NOT_FOUND} and {@code extensions.argument} naming the argument.
 */
public class RecordNotFoundException extends InvalidArgumentException {

	public RecordNotFoundException(String argument, String reason) {
		super(argument, reason);
	}

}
