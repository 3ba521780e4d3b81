package eu.clustergraph.cooperation;

import java.util.List;
import java.util.Map;

import eu.clustergraph.importer.DatasetImported;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the derived {@code TIED_WITH} relationships between clusters in step with the dataset: derived again after
 * every import, and on start when a graph has clusters but no ties (a graph imported by an older version).
 *
 * <p>A listener bean rather than an {@code @EventListener} method: the first-start import runs while the context is
 * still starting, before annotated listeners are registered. For the same reason the start-up check waits until
 * every singleton exists: the first-start import creates this bean when it publishes its event, and a check run then
 * would find the freshly imported clusters without ties and derive them once before the event derived them again
 * (12 to 16 s of a first start at full scale).
 */
@Component
class CooperationTies
		implements ApplicationListener<PayloadApplicationEvent<DatasetImported>>, SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(CooperationTies.class);

	private final CypherRunner cypher;

	private final NamedQuery count;

	private final List<NamedQuery> rebuild;

	CooperationTies(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.count = queries.get("cooperation/count-ties");
		this.rebuild = List.of(queries.get("cooperation/delete-ties"), queries.get("cooperation/derive-ties"));
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<DatasetImported> event) {
		rebuild();
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, Object> counts = this.cypher.read(this.count, Map.of(), record -> record.asMap()).get(0);
		if (((Number) counts.get("clusters")).longValue() > 0 && ((Number) counts.get("ties")).longValue() == 0) {
			rebuild();
		}
	}

	/** Deletes and derives the ties in one transaction, so paths never see a half-built network. */
	void rebuild() {
		long started = System.nanoTime();
		this.cypher.writeTogether(this.rebuild, Map.of());
		logger.info("Derived the cluster cooperation ties in " + (System.nanoTime() - started) / 1_000_000 + " ms");
	}

}
