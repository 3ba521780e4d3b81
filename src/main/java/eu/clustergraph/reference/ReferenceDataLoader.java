package eu.clustergraph.reference;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Loads the reference data into the graph: at start-up when the graph lacks it or the packaged files changed, and
 * on demand ({@code load-reference}). Every write is a {@code MERGE} on a constraint-backed key, so a repeated or
 * interrupted load ends in the same graph; the marker with the files' checksum is written last, so an interrupted
 * load is redone at the next start.
 *
 * <p>The links among reference nodes (the working map, a value chain's ecosystems and key activities, a stage's
 * value chain, key activities and the stages feeding it) follow the files exactly: a link that a newer file dropped
 * is removed, or a service upgraded with new files would keep answering with the old map. Nodes that a newer file
 * dropped stay, because the dataset's companies and clusters may still point at them.
 */
@Component
public class ReferenceDataLoader {

	private static final Log logger = LogFactory.getLog(ReferenceDataLoader.class);

	private static final int BATCH_SIZE = 1000;

	/** The id of the marker that says which reference files the graph holds. */
	public static final String MARKER_ID = "reference";

	private final CypherRunner cypher;

	private final CypherQueries queries;

	private final ReferenceProperties properties;

	private final ReferenceCodes codes;

	ReferenceDataLoader(CypherRunner cypher, CypherQueries queries, ReferenceProperties properties,
			ReferenceCodes codes) {
		this.cypher = cypher;
		this.queries = queries;
		this.properties = properties;
		this.codes = codes;
	}

	/** Loads the packaged reference data as {@code clustergraph.reference.load} says: always, when changed, or never. */
	public void loadAsConfigured() {
		switch (this.properties.load()) {
			case NEVER -> logger.info("Reference data not checked (clustergraph.reference.load=never)");
			case ALWAYS -> logger.info(load().describe());
			case IF_CHANGED -> {
				if (isCurrent()) {
					logger.info("Reference data is current");
				}
				else {
					logger.info(load().describe());
				}
			}
		}
	}

	/** Whether the graph holds the reference data of exactly the packaged files. */
	public boolean isCurrent() {
		Optional<String> loaded = this.cypher.readOptional(query("loaded-checksum"), Map.of("id", MARKER_ID),
				record -> record.get("checksum").asString(null));
		return loaded.isPresent() && loaded.get().equals(PackagedReference.checksum());
	}

	/** Loads everything now, whether or not it is current. */
	public ReferenceLoad load() {
		long started = System.nanoTime();
		PackagedReference reference = new PackagedReference();

		write("merge-regions", reference.regionRows());
		write("link-region-parents", withValue(reference.regionRows(), "parent"));
		write("merge-activities", reference.activityRows());
		write("link-activity-parents", withValue(reference.activityRows(), "parent"));
		write("merge-ecosystems", reference.ecosystemRows());

		List<Map<String, Object>> workingMap = reference.activityEcosystemRows();
		this.cypher.write(query("prune-activity-ecosystems"), Map.of("pairs", workingMap.stream()
			.map(edge -> Map.of("code", edge.get("code"), "ecosystem", edge.get("ecosystem")))
			.toList()));
		write("link-activity-ecosystems", workingMap);

		write("merge-value-chains", reference.valueChainRows());
		write("merge-stages", reference.stageRows());
		write("link-stage-feeds", reference.stageRows());
		write("merge-partnership-programmes", reference.partnershipProgrammeRows());

		this.cypher.write(query("mark-loaded"), Map.of("id", MARKER_ID, "checksum", PackagedReference.checksum(),
				"counts", markerCounts(reference)));
		this.codes.clear();
		return new ReferenceLoad(reference.counts(), Duration.ofNanos(System.nanoTime() - started));
	}

	/** The marker's {@code count_} properties: how many of each kind the packaged files hold. */
	public static Map<String, Object> markerCounts(PackagedReference reference) {
		Map<String, Object> counts = new LinkedHashMap<>();
		reference.counts().forEach((kind, count) -> counts.put("count_" + kind, (long) count));
		return counts;
	}

	/** One transaction per batch keeps memory flat; MERGE makes a batch that is retried or repeated harmless. */
	private void write(String queryName, List<Map<String, Object>> rows) {
		NamedQuery query = query(queryName);
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			this.cypher.write(query, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))));
		}
	}

	private NamedQuery query(String name) {
		return this.queries.get("reference/" + name);
	}

	private static List<Map<String, Object>> withValue(List<Map<String, Object>> rows, String field) {
		return rows.stream().filter(row -> row.get(field) != null).toList();
	}

}
