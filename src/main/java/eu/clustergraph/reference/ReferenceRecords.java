package eu.clustergraph.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the reference files into the parameter rows of the loading queries, checking every cross-reference first:
 * a value chain that names a NACE code the classification lacks is an error with its file and line, never an edge
 * that silently does not appear.
 */
public final class ReferenceRecords {

	/** The EU member states since 2020, as NUTS writes them (EL for Greece). */
	public static final Set<String> EU27 = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR",
			"HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

	private ReferenceRecords() {
	}

	/** Regions of both NUTS versions, placed at their 2021 label point (a code unchanged in 2024 keeps it). */
	static List<Map<String, Object>> regions() {
		Map<String, ReferenceRow> points = byKey(ReferenceFiles.read(ReferenceFiles.NUTS_2021_POINTS), "nuts_id");
		List<Map<String, Object>> rows = new ArrayList<>();
		for (var version : Map.of(2021, ReferenceFiles.NUTS_2021, 2024, ReferenceFiles.NUTS_2024).entrySet()) {
			for (ReferenceRow row : ReferenceFiles.read(version.getValue())) {
				String code = row.required("nuts_id");
				String country = row.required("country");
				ReferenceRow point = points.get(code);
				Map<String, Object> properties = new HashMap<>();
				properties.put("level", row.integer("level"));
				properties.put("country", country);
				properties.put("name", row.required("name_latn"));
				properties.put("nameNational", row.text("nuts_name"));
				properties.put("eu", EU27.contains(country));
				properties.put("mountainType", row.integer("mount_type"));
				properties.put("urbanType", row.integer("urbn_type"));
				properties.put("coastalType", row.integer("coast_type"));
				properties.put("lon", (point == null) ? null : point.decimal("label_lon"));
				properties.put("lat", (point == null) ? null : point.decimal("label_lat"));
				rows.add(row(Map.of("code", code, "version", version.getKey()), "parent", row.text("parent_id"),
						"properties", properties));
			}
		}
		return rows;
	}

	/** NACE Rev. 2 from the classification file, with the explanatory notes of the notes file. */
	static List<Map<String, Object>> activities() {
		Map<String, ReferenceRow> notes = byKey(ReferenceFiles.read(ReferenceFiles.NACE_NOTES), "code");
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.NACE)) {
			String code = row.required("code");
			ReferenceRow note = notes.get(code);
			if (note == null) {
				throw row.problem("code", "'" + code + "' has no row in " + ReferenceFiles.NACE_NOTES);
			}
			Map<String, Object> properties = new HashMap<>();
			properties.put("level", row.integer("level"));
			properties.put("levelName", row.required("level_name"));
			properties.put("section", row.required("section"));
			properties.put("name", row.required("name"));
			properties.put("isicRev4", row.text("isic_rev4"));
			properties.put("includes", note.text("includes"));
			properties.put("alsoIncludes", note.text("also_includes"));
			properties.put("rulings", note.text("rulings"));
			properties.put("excludes", note.text("excludes"));
			rows.add(row(Map.of("code", code), "parent", row.text("parent_code"), "properties", properties));
		}
		return rows;
	}

	static List<Map<String, Object>> ecosystems() {
		return ReferenceFiles.read(ReferenceFiles.ECOSYSTEMS)
			.stream()
			.map(row -> row(Map.of("id", row.required("ecosystem_id")), "properties",
					Map.of("ordinal", row.integer("ordinal"), "name", row.required("name_official"), "nameEccp",
							row.required("name_eccp_variant"), "source", row.required("source"))))
			.toList();
	}

	/** The working ecosystem-NACE map; its {@code basis} travels with every edge so the API can show it. */
	static List<Map<String, Object>> activityEcosystems(Set<String> activityCodes, Set<String> ecosystemIds) {
		return ReferenceFiles.read(ReferenceFiles.ECOSYSTEM_NACE_MAP).stream().map(row -> {
			String code = known(row, "nace_code", activityCodes);
			String ecosystem = known(row, "ecosystem_id", ecosystemIds);
			return row(Map.of("code", code, "ecosystem", ecosystem), "weight", row.decimal("sampling_weight"), "basis",
					row.required("basis"));
		}).toList();
	}

	static List<Map<String, Object>> valueChains(Set<String> activityCodes, Set<String> ecosystemIds) {
		List<ReferenceRow> rows = ReferenceFiles.read(ReferenceFiles.VALUE_CHAINS);
		List<Map<String, Object>> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ReferenceRow row = rows.get(i);
			result.add(row(Map.of("id", row.required("value_chain_id")), "properties",
					Map.of("ordinal", i + 1, "name", row.required("name"), "policyAnchor",
							row.required("policy_anchor"), "confidence", row.required("confidence")),
					"ecosystems", allKnown(row, "ecosystems", ecosystemIds), "keyActivities",
					allKnown(row, "key_nace", activityCodes)));
		}
		return result;
	}

	/**
	 * The stages, each carrying its value chain's id and ordinal as properties too: a stage listed under a company or
	 * a cluster is then shown and ordered without a hop to its value chain (a stage is a dense node, so that hop cost
	 * more reads than the stage itself).
	 */
	static List<Map<String, Object>> stages(Set<String> activityCodes, Map<String, Integer> valueChainOrdinals) {
		List<ReferenceRow> rows = ReferenceFiles.read(ReferenceFiles.VALUE_CHAIN_STAGES);
		Set<String> stageIds = rows.stream().map(row -> row.required("stage_id")).collect(Collectors.toSet());
		return rows.stream().map(row -> {
			String chain = known(row, "value_chain_id", valueChainOrdinals.keySet());
			return row(Map.of("id", row.required("stage_id")), "valueChain", chain, "properties",
					Map.of("ordinal", row.integer("ordinal"), "name", row.required("name"), "valueChain", chain,
							"valueChainOrdinal", valueChainOrdinals.get(chain)),
					"follows", allKnown(row, "follows", stageIds), "keyActivities",
					allKnown(row, "key_nace", activityCodes));
		}).toList();
	}

	static List<Map<String, Object>> partnershipProgrammes() {
		return ReferenceFiles.read(ReferenceFiles.PARTNERSHIP_PROGRAMMES).stream().map(row -> {
			Map<String, Object> properties = new HashMap<>();
			properties.put("name", row.required("name"));
			properties.put("instrument", row.text("instrument"));
			properties.put("period", row.text("period"));
			// free text in the source ("up to 16"), so kept as text
			properties.put("projectCount", row.text("count"));
			properties.put("partnersTotal", row.integer("partners_total"));
			properties.put("facts", row.text("facts"));
			properties.put("source", row.text("source"));
			properties.put("confidence", row.text("confidence"));
			return row(Map.of("id", row.required("programme_id")), "properties", properties);
		}).toList();
	}

	private static String known(ReferenceRow row, String column, Set<String> known) {
		String value = row.required(column);
		if (!known.contains(value)) {
			throw row.problem(column, "'" + value + "' is not a known code");
		}
		return value;
	}

	private static List<String> allKnown(ReferenceRow row, String column, Set<String> known) {
		List<String> values = row.list(column);
		for (String value : values) {
			if (!known.contains(value)) {
				throw row.problem(column, "'" + value + "' is not a known code");
			}
		}
		return values;
	}

	private static Map<String, ReferenceRow> byKey(List<ReferenceRow> rows, String column) {
		return rows.stream().collect(Collectors.toMap(row -> row.required(column), Function.identity()));
	}

	/** A row from its key fields plus alternating names and values; null values are kept (a map literal is not). */
	private static Map<String, Object> row(Map<String, Object> key, Object... namesAndValues) {
		Map<String, Object> row = new LinkedHashMap<>(key);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return row;
	}

}
