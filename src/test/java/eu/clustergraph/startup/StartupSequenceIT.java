package eu.clustergraph.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import eu.clustergraph.startup.StartupSequence.Step;
import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

class StartupSequenceIT extends EmbeddedGraph {

	@Autowired
	StartupSequence sequence;

	@Autowired
	ApplicationAvailability availability;

	@LocalServerPort
	int port;

	@Test
	void theServiceRanEveryStepInOrderOnce() {
		assertThat(this.sequence.completed()).extracting(Step::name)
			.containsExactly("migrate the schema", "load the reference data", "bootstrap the dataset",
					"derive the cooperation ties", "compute the network analytics");
	}

	@Test
	void readinessTurnedUpOnlyAfterTheLastStep() throws IOException, InterruptedException {
		AvailabilityChangeEvent<ReadinessState> ready = this.availability.getLastChangeEvent(ReadinessState.class);
		assertThat(ready.getState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		List<Step> steps = this.sequence.completed();
		Instant lastFinished = steps.get(steps.size() - 1).finished();
		assertThat(Instant.ofEpochMilli(ready.getTimestamp())).isAfterOrEqualTo(lastFinished.minusMillis(1));
		HttpResponse<String> readiness = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"UP\"");
	}

}
