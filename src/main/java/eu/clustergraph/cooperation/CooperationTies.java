package eu.clustergraph.cooperation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import eu.clustergraph.importer.DatasetImported;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the derived {@code TIED_WITH} relationships between clusters in step with the dataset: after every import,
 * the ties of the clusters it touched are derived again (adding one agreement rebuilds the ties of two clusters, not
 * the whole network), or written as the import derived them from its rows when it proved they concern only clusters
 * it created; as a start-up step, a graph with clusters but no ties, or with ties derived before they had a
 * strength (both from an older version), gets them all.
 *
 * <p>A listener bean rather than an {@code @EventListener} method, so that it hears imports whoever runs them (the
 * start-up sequence, a command-line job, a test).
 */
@Component
public class CooperationTies implements ApplicationListener<PayloadApplicationEvent<DatasetImported>> {

	private static final int WRITE_BATCH = 10_000;

	private static final Log logger = LogFactory.getLog(CooperationTies.class);

	private final CypherRunner cypher;

	private final NamedQuery count;

	private final NamedQuery touched;

	private final List<NamedQuery> rebuild;

	private final List<NamedQuery> rederive;

	private final NamedQuery create;

	private final NamedQuery version;

	private final ApplicationEventPublisher events;

	CooperationTies(CypherRunner cypher, CypherQueries queries, ApplicationEventPublisher events) {
		this.cypher = cypher;
		this.events = events;
		this.count = queries.get("cooperation/count-ties");
		this.touched = queries.get("cooperation/touched-clusters");
		NamedQuery stale = queries.get("cooperation/mark-ties-stale");
		NamedQuery derive = queries.get("cooperation/derive-ties");
		NamedQuery fresh = queries.get("cooperation/clear-ties-stale");
		NamedQuery version = queries.get("cooperation/mark-derived");
		this.rebuild = List.of(stale, queries.get("cooperation/delete-ties"), derive, fresh, version);
		this.rederive = List.of(stale, queries.get("cooperation/delete-ties-of"), derive, fresh, version);
		this.create = queries.get("cooperation/create-ties");
		this.version = version;
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<DatasetImported> event) {
		DatasetImported imported = event.getPayload();
		if (imported.ties().isPresent()) {
			write(List.copyOf(imported.clusters()), imported.ties().get());
			return;
		}
		List<String> clusters = this.cypher.read(this.touched,
				Map.of("clusters", List.copyOf(imported.clusters()), "companies", List.copyOf(imported.companies()),
						"partnerships", List.copyOf(imported.partnerships())),
				record -> record.get("id").asString());
		rederive(clusters);
	}

	/** Derives every tie when the graph has clusters but no ties, or ties without a strength; otherwise nothing. */
	public void deriveIfMissing() {
		Map<String, Object> counts = this.cypher.read(this.count, Map.of(), record -> record.asMap()).get(0);
		boolean none = ((Number) counts.get("ties")).longValue() == 0;
		// a store derived before ties had a strength would otherwise answer every path question with nothing
		boolean outdated = ((Number) counts.getOrDefault("withoutStrength", 0L)).longValue() > 0;
		if (((Number) counts.get("clusters")).longValue() > 0 && (none || outdated)) {
			rebuild();
		}
	}

	/**
	 * Deletes and derives every tie in one transaction, so paths never see a half-built network; returns how many
	 * ties there are now.
	 */
	public long rebuild() {
		long started = System.nanoTime();
		this.cypher.writeTogether(this.rebuild, Collections.singletonMap("clusters", null));
		logger.info("Derived the cluster cooperation ties in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		this.events.publishEvent(new TiesDerived(List.of()));
		return ((Number) this.cypher.read(this.count, Map.of(), record -> record.asMap()).get(0).get("ties")).longValue();
	}

	/**
	 * Writes the ties an import derived from its rows, for new clusters that have none yet, a batch per transaction
	 * (72,000 ties of 13 properties at full scale: in one transaction they added about 460 MB to the live heap), then the
	 * network's new version. Readers may see some of the new clusters' ties before the rest, as they see the import's
	 * nodes batch by batch; a run after a crash finds the clusters stored and derives their ties in the graph again.
	 */
	private void write(List<String> clusters, DatasetImported.Ties ties) {
		long started = System.nanoTime();
		List<Map<String, Object>> batch = new ArrayList<>(WRITE_BATCH);
		long[] written = { 0 };
		Runnable flush = () -> {
			if (batch.isEmpty()) {
				return;
			}
			this.cypher.write(this.create, Map.of("ties", List.copyOf(batch)));
			written[0] += batch.size();
			batch.clear();
		};
		ties.forEach(tie -> {
			batch.add(tie);
			if (batch.size() == WRITE_BATCH) {
				flush.run();
			}
		});
		flush.run();
		this.cypher.write(this.version, Map.of());
		logger.info("Wrote the " + written[0] + " cooperation ties of " + clusters.size()
				+ " new clusters, derived from the import's rows, in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		this.events.publishEvent(new TiesDerived(clusters));
	}

	/** Deletes and derives the ties of some clusters (with every partner's end of them) in one transaction. */
	public void rederive(List<String> clusters) {
		if (clusters.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		this.cypher.writeTogether(this.rederive, Map.of("clusters", clusters));
		logger.info("Derived the cooperation ties of " + clusters.size() + " clusters in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
		this.events.publishEvent(new TiesDerived(List.copyOf(clusters)));
	}

}
