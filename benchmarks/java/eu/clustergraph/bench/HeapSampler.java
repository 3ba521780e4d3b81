package eu.clustergraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Samples the heap every 50 ms while a measured step runs: the most heap in use at once (garbage included, so it
 * tracks how full the JVM let the heap get) and the most heap still live after a collection (what the step needs).
 */
final class HeapSampler implements AutoCloseable {

	private final Thread thread;

	private volatile boolean running = true;

	private long peakUsed;

	private long peakLive;

	HeapSampler() {
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
			.toList();
		this.thread = new Thread(() -> {
			while (this.running) {
				long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
				long live = pools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
				synchronized (this) {
					this.peakUsed = Math.max(this.peakUsed, used);
					this.peakLive = Math.max(this.peakLive, live);
				}
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}, "heap-sampler");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	synchronized long peakUsedMb() {
		return this.peakUsed >> 20;
	}

	synchronized long peakLiveMb() {
		return this.peakLive >> 20;
	}

	@Override
	public void close() throws InterruptedException {
		this.running = false;
		this.thread.join();
	}

}
