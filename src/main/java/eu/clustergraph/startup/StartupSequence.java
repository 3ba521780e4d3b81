package eu.clustergraph.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import eu.clustergraph.analytics.NetworkAnalytics;
import eu.clustergraph.bootstrap.DatasetBootstrap;
import eu.clustergraph.cooperation.CooperationTies;
import eu.clustergraph.reference.ReferenceDataLoader;
import eu.clustergraph.system.migration.SchemaMigrations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * What a start does, in this order, each step logged with its time:
 * <ol>
 * <li>migrate the schema ({@code cypher/migrations}), so constraints exist before any write;</li>
 * <li>load the reference data, which every dataset row is validated against;</li>
 * <li>bootstrap the default dataset when the graph holds none;</li>
 * <li>derive the cooperation ties when the graph has clusters without them.</li>
 * </ol>
 * The service runs all of it before it reports ready ({@link ServingStart}); a command-line job runs the steps it
 * needs ({@link #prepare()}, then its own work) and never the dataset bootstrap.
 */
@Component
public class StartupSequence {

	private static final Log logger = LogFactory.getLog(StartupSequence.class);

	private final SchemaMigrations migrations;

	private final ReferenceDataLoader reference;

	private final DatasetBootstrap dataset;

	private final CooperationTies ties;

	private final NetworkAnalytics analytics;

	private final List<Step> completed = new CopyOnWriteArrayList<>();

	StartupSequence(SchemaMigrations migrations, ReferenceDataLoader reference, DatasetBootstrap dataset,
			CooperationTies ties, NetworkAnalytics analytics) {
		this.analytics = analytics;
		this.migrations = migrations;
		this.reference = reference;
		this.dataset = dataset;
		this.ties = ties;
	}

	/** The whole sequence, as the service runs it before it reports ready. */
	public void serve() {
		prepare();
		step("bootstrap the dataset", this.dataset::loadIfNone);
		deriveTies();
		step("compute the network analytics", this.analytics::computeIfStale);
	}

	/** The cooperation ties, when the graph has none yet (after a batch import, which does not derive them). */
	public void deriveTies() {
		step("derive the cooperation ties", this.ties::deriveIfMissing);
	}

	/** The schema and the reference data: what every job that reads or writes the graph needs first. */
	public void prepare() {
		migrate();
		step("load the reference data", this.reference::loadAsConfigured);
	}

	/** The schema alone, for a job that loads the reference data itself. */
	public void migrate() {
		step("migrate the schema", this.migrations::apply);
	}

	/** The steps run so far, in order. */
	public List<Step> completed() {
		return List.copyOf(this.completed);
	}

	private void step(String name, Work work) {
		Instant started = Instant.now();
		try {
			work.run();
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Start-up step '" + name + "' failed: " + failure.getMessage(), failure);
		}
		Step step = new Step(name, started, Instant.now());
		this.completed.add(step);
		logger.info("Start-up: " + name + " took " + step.took().toMillis() + " ms");
	}

	/** One step of the sequence, with when it ran. */
	public record Step(String name, Instant started, Instant finished) {

		public Duration took() {
			return Duration.between(this.started, this.finished);
		}

	}

	@FunctionalInterface
	private interface Work {

		void run() throws IOException;

	}

}
