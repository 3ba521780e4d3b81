package eu.clustergraph.reference;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
		return loaded.isPresent() && loaded.get().equals(ReferenceFiles.checksum());
	}

	/** Loads everything now, whether or not it is current. */
	public ReferenceLoad load() {
		long started = System.nanoTime();
		String checksum = ReferenceFiles.checksum();
		Map<String, Integer> written = new LinkedHashMap<>();

		List<Map<String, Object>> regions = ReferenceRecords.regions();
		written.put("regions", write("merge-regions", regions));
		write("link-region-parents", withValue(regions, "parent"));

		List<Map<String, Object>> activities = ReferenceRecords.activities();
		written.put("activities", write("merge-activities", activities));
		write("link-activity-parents", withValue(activities, "parent"));

		List<Map<String, Object>> ecosystems = ReferenceRecords.ecosystems();
		written.put("ecosystems", write("merge-ecosystems", ecosystems));

		Set<String> activityCodes = keys(activities, "code");
		Set<String> ecosystemIds = keys(ecosystems, "id");
		List<Map<String, Object>> workingMap = ReferenceRecords.activityEcosystems(activityCodes, ecosystemIds);
		this.cypher.write(query("prune-activity-ecosystems"), Map.of("pairs", workingMap.stream()
			.map(edge -> Map.of("code", edge.get("code"), "ecosystem", edge.get("ecosystem")))
			.toList()));
		written.put("ecosystemActivities", write("link-activity-ecosystems", workingMap));

		List<Map<String, Object>> valueChains = ReferenceRecords.valueChains(activityCodes, ecosystemIds);
		written.put("valueChains", write("merge-value-chains", valueChains));
		List<Map<String, Object>> stages = ReferenceRecords.stages(activityCodes, keys(valueChains, "id"));
		written.put("stages", write("merge-stages", stages));
		write("link-stage-feeds", stages);

		written.put("partnershipProgrammes",
				write("merge-partnership-programmes", ReferenceRecords.partnershipProgrammes()));

		Map<String, Object> counts = written.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> "count_" + entry.getKey(), Map.Entry::getValue));
		this.cypher.write(query("mark-loaded"), Map.of("id", MARKER_ID, "checksum", checksum, "counts", counts));
		this.codes.clear();
		return new ReferenceLoad(written, Duration.ofNanos(System.nanoTime() - started));
	}

	/** One transaction per batch keeps memory flat; MERGE makes a batch that is retried or repeated harmless. */
	private int write(String queryName, List<Map<String, Object>> rows) {
		NamedQuery query = query(queryName);
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			this.cypher.write(query, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE))));
		}
		return rows.size();
	}

	private NamedQuery query(String name) {
		return this.queries.get("reference/" + name);
	}

	private static List<Map<String, Object>> withValue(List<Map<String, Object>> rows, String field) {
		return rows.stream().filter(row -> row.get(field) != null).toList();
	}

	private static Set<String> keys(List<Map<String, Object>> rows, String field) {
		return rows.stream().map(row -> (String) row.get(field)).collect(Collectors.toSet());
	}

}
