package eu.clustergraph.system.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StartupProblem} into Spring Boot's short "APPLICATION FAILED TO START" report. */
class StartupProblemFailureAnalyzer extends AbstractFailureAnalyzer<StartupProblem> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupProblem problem) {
		return new FailureAnalysis(problem.getMessage(), problem.action(), problem);
	}

}
