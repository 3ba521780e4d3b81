package eu.clustergraph.system.neo4j;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import eu.clustergraph.system.startup.StartupProblem;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** The embedded database starts on a thread of its own; start-up waits for it only where it needs it. */
class EmbeddedNeo4jTests {

	private static final URI CONFIGURED = URI.create("bolt://127.0.0.1:7687");

	@Test
	void theBoltAddressAndTheHealthAnswerWhileTheDatabaseIsStillStarting() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		DatabaseManagementService dbms = mock(DatabaseManagementService.class);
		EmbeddedNeo4j database = EmbeddedNeo4j.launch(() -> {
			awaitQuietly(release);
			return dbms;
		}, CONFIGURED);
		try {
			assertThat(database.boltUri()).isEqualTo(CONFIGURED);
			assertThat(database.state()).isEqualTo(EmbeddedNeo4j.State.STARTING);
			Health health = new EmbeddedNeo4jHealth(database, mock(Driver.class)).health(true).block();
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("embedded", "starting");
		}
		finally {
			release.countDown();
		}
		assertThat(database.awaitStarted()).isSameAs(dbms);
		assertThat(database.state()).isEqualTo(EmbeddedNeo4j.State.STARTED);
	}

	@Test
	void aFailedStartIsThrownAsItsOwnProblemWhereStartUpWaitsForIt() {
		StartupProblem locked = new StartupProblem("The data directory is in use by another process.",
				"Stop the other process.", null);
		EmbeddedNeo4j database = EmbeddedNeo4j.launch(() -> {
			throw locked;
		}, CONFIGURED);

		assertThat(catchThrowable(database::awaitStarted)).isSameAs(locked);
		assertThat(database.state()).isEqualTo(EmbeddedNeo4j.State.FAILED);
		Health health = new EmbeddedNeo4jHealth(database, mock(Driver.class)).health(true).block();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThatCode(database::close).doesNotThrowAnyException();
	}

	@Test
	void closingWaitsForTheStartThenShutsTheDatabaseDown() {
		DatabaseManagementService dbms = mock(DatabaseManagementService.class);
		EmbeddedNeo4j database = EmbeddedNeo4j.launch(() -> {
			sleepQuietly(200);
			return dbms;
		}, CONFIGURED);

		database.close();

		verify(dbms).shutdown();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleepQuietly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
