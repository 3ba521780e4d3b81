package eu.clustergraph.system.neo4j;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The embedded database, starting on a thread of its own while the rest of the application is built: opening the
 * store, registering APOC and GDS and loading the Cypher compiler take seconds that no other part of start-up needs
 * to wait for. The start-up sequence waits for it before its first statement ({@link #awaitStarted()}); a failure
 * of the start is thrown there. Closing it shuts the database down, after a start still under way has finished.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4j.class);

	private final CompletableFuture<DatabaseManagementService> started;

	private final URI knownBoltUri;

	private EmbeddedNeo4j(CompletableFuture<DatabaseManagementService> started, URI knownBoltUri) {
		this.started = started;
		this.knownBoltUri = knownBoltUri;
	}

	static EmbeddedNeo4j launch(Supplier<DatabaseManagementService> start, URI knownBoltUri) {
		CompletableFuture<DatabaseManagementService> started = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				started.complete(start.get());
			}
			catch (Throwable failure) {
				started.completeExceptionally(failure);
			}
		}, "embedded-neo4j-start");
		thread.start();
		return new EmbeddedNeo4j(started, knownBoltUri);
	}

	/** The running database, once it has started; the start's own failure otherwise. */
	public DatabaseManagementService awaitStarted() {
		try {
			return this.started.join();
		}
		catch (CompletionException failure) {
			if (failure.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (failure.getCause() instanceof Error cause) {
				throw cause;
			}
			throw failure;
		}
	}

	/** Whether the start is still under way, has failed or has finished. */
	State state() {
		if (!this.started.isDone()) {
			return State.STARTING;
		}
		return this.started.isCompletedExceptionally() ? State.FAILED : State.STARTED;
	}

	/** Where Bolt listens, without waiting for the start when the configuration names the port. */
	URI boltUri() {
		return Optional.ofNullable(this.knownBoltUri).orElseGet(() -> EmbeddedNeo4jConfiguration.boltUri(awaitStarted()));
	}

	@Override
	public void close() {
		DatabaseManagementService dbms;
		try {
			dbms = awaitStarted();
		}
		catch (RuntimeException | Error failedToStart) {
			// the start shut down what it had opened; its failure is reported where start-up awaited it
			logger.debug("The embedded Neo4j had not started: " + failedToStart);
			return;
		}
		dbms.shutdown();
	}

	enum State {

		STARTING, FAILED, STARTED

	}

}
