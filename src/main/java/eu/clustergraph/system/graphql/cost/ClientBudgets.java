package eu.clustergraph.system.graphql.cost;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per client, holding a minute's budget and refilled gradually (Bucket4j's greedy refill), so a
 * client that spent it gets some back every second rather than all of it at the next minute. Buckets of clients
 * idle for two minutes are full again anyway, so the cache forgets them; its bound keeps a flood of new addresses
 * from growing it without end.
 */
final class ClientBudgets {

	private static final int MAX_CLIENTS = 100_000;

	private final long perMinute;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(2))
		.maximumSize(MAX_CLIENTS)
		.build();

	ClientBudgets(long perMinute) {
		this.perMinute = perMinute;
	}

	/** Takes the cost from the client's budget if it holds that much; the probe says what is left or how long to wait. */
	ConsumptionProbe spend(String client, long cost) {
		return this.buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(cost);
	}

	long perMinute() {
		return this.perMinute;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(this.perMinute).refillGreedy(this.perMinute, Duration.ofMinutes(1)))
			.build();
	}

}
