package eu.clustergraph.system.startup;

/**
 * A configuration mistake found at start-up. Spring Boot reports it through {@link StartupProblemFailureAnalyzer}
 * as what went wrong and what to change, without a stack trace.
 */
public class StartupProblem extends RuntimeException {

	private final String action;

	public StartupProblem(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	/** What the user should change, naming the setting. */
	public String action() {
		return this.action;
	}

}
