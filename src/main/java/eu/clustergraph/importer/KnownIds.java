package eu.clustergraph.importer;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.reference.PackagedReference;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;

/**
 * What the graph already knows, for validation: the reference codes (NUTS regions of the dataset's version, NACE
 * codes, ecosystems, stages, value chains) and, for references a dataset does not define itself, whether those
 * clusters, companies, organisations or partnerships exist already.
 */
final class KnownIds {

	private static final Map<DatasetFile, String> LABELS = Map.of(DatasetFile.CLUSTERS, "Cluster",
			DatasetFile.COMPANIES, "Company", DatasetFile.ORGANISATIONS, "Organisation", DatasetFile.PARTNERSHIPS,
			"Partnership");

	private final CypherRunner cypher;

	private final CypherQueries queries;

	private final int nutsVersion;

	private final Set<String> regions;

	private final Set<String> activities;

	private final Set<String> ecosystems;

	private final Set<String> stages;

	private final Set<String> valueChains;

	private final Map<DatasetFile, Set<String>> existing = new EnumMap<>(DatasetFile.class);

	KnownIds(CypherRunner cypher, CypherQueries queries, ReferenceCodes codes, int nutsVersion) {
		this(cypher, queries, nutsVersion, codes.regions(nutsVersion), codes.activities(), codes.ecosystems(),
				codes.stages(), codes.valueChains());
	}

	/** For a store that does not exist yet: the packaged reference codes, and no node already stored. */
	KnownIds(PackagedReference reference, int nutsVersion) {
		this(null, null, nutsVersion, reference.regions(nutsVersion), reference.activitySections().keySet(),
				reference.ecosystems(), reference.stages(), reference.valueChains());
	}

	private KnownIds(CypherRunner cypher, CypherQueries queries, int nutsVersion, Set<String> regions,
			Set<String> activities, Set<String> ecosystems, Set<String> stages, Set<String> valueChains) {
		this.cypher = cypher;
		this.queries = queries;
		this.nutsVersion = nutsVersion;
		this.regions = regions;
		this.activities = activities;
		this.ecosystems = ecosystems;
		this.stages = stages;
		this.valueChains = valueChains;
		if (this.regions.isEmpty() || this.activities.isEmpty()) {
			throw new IllegalStateException("The graph has no reference data: run load-reference first");
		}
	}

	/** Whether there is a graph to ask (not so for a store that does not exist yet). */
	boolean hasGraph() {
		return this.cypher != null;
	}

	void resolveExisting(Map<DatasetFile, Set<String>> wanted) {
		if (this.cypher == null) {
			return;
		}
		wanted.forEach((kind, ids) -> this.existing.put(kind, ids.isEmpty() ? Set.of()
				: new HashSet<>(this.cypher.read(this.queries.get("importer/existing-ids"),
						Map.of("label", LABELS.get(kind), "ids", List.copyOf(ids)), record -> record.get("code").asString()))));
	}

	/** The node label of a node file. */
	static String label(DatasetFile kind) {
		return LABELS.get(kind);
	}

	Set<String> existing(DatasetFile kind) {
		return this.existing.getOrDefault(kind, Set.of());
	}

	int nutsVersion() {
		return this.nutsVersion;
	}

	Set<String> regions() {
		return this.regions;
	}

	Set<String> activities() {
		return this.activities;
	}

	Set<String> ecosystems() {
		return this.ecosystems;
	}

	Set<String> stages() {
		return this.stages;
	}

	Set<String> valueChains() {
		return this.valueChains;
	}

}
