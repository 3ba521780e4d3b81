package eu.clustergraph.system.bulkhead;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much heavy work runs at once ({@code clustergraph.heavy-work}).
 *
 * @param maxConcurrent the most heavy computations running at once; by default one per core, so the request
 * threads are never all taken by them
 * @param maxWait how long a heavy request waits for its turn before it is told the service is busy
 */
@ConfigurationProperties("clustergraph.heavy-work")
public record HeavyWorkProperties(Integer maxConcurrent, @DefaultValue("2s") Duration maxWait) {

	public HeavyWorkProperties {
		if (maxConcurrent == null) {
			maxConcurrent = Runtime.getRuntime().availableProcessors();
		}
		if (maxConcurrent < 1) {
			throw new IllegalArgumentException(
					"clustergraph.heavy-work.max-concurrent must be at least 1 (was " + maxConcurrent + ")");
		}
		if (maxWait.isNegative()) {
			throw new IllegalArgumentException("clustergraph.heavy-work.max-wait must not be negative (was " + maxWait + ")");
		}
	}

}
