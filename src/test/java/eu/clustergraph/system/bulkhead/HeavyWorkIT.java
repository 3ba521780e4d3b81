package eu.clustergraph.system.bulkhead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** With every heavy slot taken: heavy requests are turned away with a code, light lookups are served at once. */
class HeavyWorkIT extends EmbeddedGraph {

	@Autowired
	WebTestClient web;

	@Autowired
	HeavyWork heavyWork;

	private final CountDownLatch release = new CountDownLatch(1);

	private final List<Thread> holders = new ArrayList<>();

	@AfterEach
	void freeTheSlots() throws InterruptedException {
		this.release.countDown();
		for (Thread holder : this.holders) {
			holder.join();
		}
	}

	@Test
	void aHeavyFieldFindingEverySlotTakenGetsServiceBusyWithWhenToRetry() throws InterruptedException {
		takeEverySlot();
		this.web.post()
			.uri("/graphql")
			.bodyValue(Map.of("query", "{ cooperationReach(cluster: \"CL00001\") { total } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("SERVICE_BUSY")
			.jsonPath("$.errors[0].extensions.retryAfterSeconds")
			.isNumber()
			.jsonPath("$.errors[0].message")
			.value(message -> assertThat((String) message).contains("clustergraph.heavy-work.max-concurrent"));
	}

	@Test
	void anExportFindingEverySlotTakenGets429WithRetryAfter() throws InterruptedException {
		takeEverySlot();
		this.web.get()
			.uri("/export/subgraph.json?seeds=CL00001")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("SERVICE_BUSY");
	}

	@Test
	void aLookupNeverWaitsForHeavyWork() throws InterruptedException {
		takeEverySlot();
		long started = System.nanoTime();
		this.web.post()
			.uri("/graphql")
			.bodyValue(Map.of("query", "{ cluster(id: \"CL00001\") { name region { name } } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.cluster.name")
			.isNotEmpty();
		// far below the 2 s a heavy request waits for a slot: not a speed check, a check that it did not queue
		assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1_500);
	}

	@Test
	void aSlotIsFreedWhenItsWorkFails() {
		int free = this.heavyWork.available();
		try {
			this.heavyWork.run("a failing computation", () -> {
				throw new IllegalStateException("fails");
			});
		}
		catch (IllegalStateException expected) {
			// the slot must be back
		}
		assertThat(this.heavyWork.available()).isEqualTo(free);
	}

	private void takeEverySlot() throws InterruptedException {
		CountDownLatch taken = new CountDownLatch(this.heavyWork.available());
		for (long slot = taken.getCount(); slot > 0; slot--) {
			Thread holder = new Thread(() -> this.heavyWork.run("a held slot", () -> {
				taken.countDown();
				try {
					return this.release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}));
			holder.start();
			this.holders.add(holder);
		}
		assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.heavyWork.available()).isZero();
	}

}
