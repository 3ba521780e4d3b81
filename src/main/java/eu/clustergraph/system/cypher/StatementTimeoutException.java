package eu.clustergraph.system.cypher;

/**
 * A read that was not started, or was stopped by the database, because the deadline of the work it belongs to had
 * passed ({@link StatementDeadline}). The message names the query.
 */
public class StatementTimeoutException extends RuntimeException {

	public StatementTimeoutException(String query, Throwable cause) {
		super("Cypher read '" + query + "' ran out of the time its request had left", cause);
	}

}
