package eu.clustergraph.importer;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.reference.PackagedReference;
import eu.clustergraph.reference.ReferenceDataLoader;

/**
 * The reference data in the batch importer's files: every node and link the reference data step loads
 * ({@link ReferenceDataLoader}, with the queries under {@code cypher/queries/reference}), and its marker with the
 * files' checksum, so that step finds the reference data current on a bulk first start instead of loading it for
 * about 5 s. {@code BulkFirstStartIT} compares the two graphs property by property.
 *
 * <p>Regions are keyed by code and NUTS version (a code can be in several versions), so the dataset's links to a
 * region name it by {@link #region(String, int)}.
 */
final class BulkReference {

	private final PackagedReference reference;

	/** The batch import whose files these are. */
	private final BulkImport bulk;

	BulkReference(PackagedReference reference, BulkImport bulk) {
		this.reference = reference;
		this.bulk = bulk;
	}

	/** The key of a region in the batch import's files. */
	static String region(String code, int nutsVersion) {
		return code + "@" + nutsVersion;
	}

	void write() throws IOException {
		List<Map<String, Object>> regions = this.reference.regionRows();
		try (AdminCsvTable nodes = this.bulk.nodeTable("Region", List.of(":ID(Region)"));
				AdminCsvTable parents = this.bulk.links("PART_OF", "Region", "Region")) {
			for (Map<String, Object> row : regions) {
				int version = ((Number) row.get("version")).intValue();
				Map<String, Object> p = properties(row);
				p.put("code", row.get("code"));
				p.put("version", (long) version);
				nodes.row(List.of(region((String) row.get("code"), version)), p);
				if (row.get("parent") != null) {
					parents.row(List.of(region((String) row.get("code"), version),
							region((String) row.get("parent"), version)), Map.of());
				}
			}
		}
		try (AdminCsvTable nodes = this.bulk.nodeTable("Activity", List.of("code:ID(Activity)"));
				AdminCsvTable parents = this.bulk.links("PART_OF", "Activity", "Activity")) {
			for (Map<String, Object> row : this.reference.activityRows()) {
				nodes.row(List.of((String) row.get("code")), properties(row));
				if (row.get("parent") != null) {
					parents.row(List.of((String) row.get("code"), (String) row.get("parent")), Map.of());
				}
			}
		}
		nodes("Ecosystem", this.reference.ecosystemRows());
		try (AdminCsvTable map = this.bulk.links("IN_ECOSYSTEM", "Activity", "Ecosystem")) {
			for (Map<String, Object> row : this.reference.activityEcosystemRows()) {
				Map<String, Object> p = new HashMap<>();
				p.put("weight", row.get("weight"));
				p.put("basis", row.get("basis"));
				map.row(List.of((String) row.get("code"), (String) row.get("ecosystem")), p);
			}
		}
		nodes("ValueChain", this.reference.valueChainRows());
		try (AdminCsvTable ecosystems = this.bulk.links("IN_ECOSYSTEM", "ValueChain", "Ecosystem");
				AdminCsvTable activities = this.bulk.links("KEY_ACTIVITY", "ValueChain", "Activity")) {
			for (Map<String, Object> row : this.reference.valueChainRows()) {
				String id = (String) row.get("id");
				strings(row.get("ecosystems")).forEach(ecosystem -> ecosystems.row(List.of(id, ecosystem), Map.of()));
				strings(row.get("keyActivities")).forEach(code -> activities.row(List.of(id, code), Map.of()));
			}
		}
		nodes("Stage", this.reference.stageRows());
		try (AdminCsvTable chains = this.bulk.links("HAS_STAGE", "ValueChain", "Stage");
				AdminCsvTable activities = this.bulk.links("KEY_ACTIVITY", "Stage", "Activity");
				AdminCsvTable feeds = this.bulk.links("FEEDS", "Stage", "Stage")) {
			for (Map<String, Object> row : this.reference.stageRows()) {
				String id = (String) row.get("id");
				chains.row(List.of((String) row.get("valueChain"), id), Map.of());
				strings(row.get("keyActivities")).forEach(code -> activities.row(List.of(id, code), Map.of()));
				strings(row.get("follows")).forEach(upstream -> feeds.row(List.of(upstream, id), Map.of()));
			}
		}
		nodes("PartnershipProgramme", this.reference.partnershipProgrammeRows());
		try (AdminCsvTable marker = this.bulk.nodeTable("ReferenceDataset", List.of("id:ID(ReferenceDataset)"))) {
			Map<String, Object> p = new HashMap<>();
			p.put("checksum", PackagedReference.checksum());
			p.put("loadedAt", ZonedDateTime.now());
			p.putAll(ReferenceDataLoader.markerCounts(this.reference));
			marker.row(List.of(ReferenceDataLoader.MARKER_ID), p);
		}
	}

	/** Nodes keyed by {@code id}, with their {@code properties}. */
	private void nodes(String label, List<Map<String, Object>> rows) throws IOException {
		try (AdminCsvTable nodes = this.bulk.nodeTable(label, List.of("id:ID(" + label + ")"))) {
			for (Map<String, Object> row : rows) {
				nodes.row(List.of((String) row.get("id")), properties(row));
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> row) {
		return new HashMap<>((Map<String, Object>) row.get("properties"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object list) {
		return (List<String>) list;
	}

}
