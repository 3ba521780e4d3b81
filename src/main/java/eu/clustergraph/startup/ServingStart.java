package eu.clustergraph.startup;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Runs the whole {@link StartupSequence} when the service starts. As an application runner it runs after the web
 * server is up and before Spring Boot publishes the readiness state {@code ACCEPTING_TRAFFIC}: during a long first
 * start {@code /actuator/health/liveness} answers UP and {@code /actuator/health/readiness} OUT_OF_SERVICE until the
 * last step is done. Command-line jobs have no web server and run the steps they need themselves.
 */
@Component
@ConditionalOnWebApplication
class ServingStart implements ApplicationRunner {

	private final StartupSequence sequence;

	ServingStart(StartupSequence sequence) {
		this.sequence = sequence;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.sequence.serve();
	}

}
