package eu.clustergraph.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.Vocabulary;
import eu.clustergraph.importer.CsvFile.Row;

/**
 * Checks a whole dataset before anything is written: headers, required fields, numbers, years and closed value
 * sets, duplicate ids and pairs, NUTS and NACE codes unknown to the graph, and references that point nowhere (an id
 * neither in the dataset nor in the graph, or one whose own row is invalid). Valid rows come back as the parameters
 * of the loading queries.
 */
final class DatasetValidator {

	/** A NACE Rev. 2 class, the level a company's activity is given at. */
	private static final Pattern NACE_CLASS = Pattern.compile("\\d{2}\\.\\d{2}");

	private final Path directory;

	private final KnownIds known;

	private final Map<DatasetFile, CsvFile> files = new EnumMap<>(DatasetFile.class);

	private final Map<DatasetFile, List<Map<String, Object>>> valid = new EnumMap<>(DatasetFile.class);

	/** Valid ids per node file, and the lines of ids whose rows are invalid (for messages). */
	private final Map<DatasetFile, Set<String>> validIds = new EnumMap<>(DatasetFile.class);

	private final Map<DatasetFile, Map<String, Long>> invalidIds = new EnumMap<>(DatasetFile.class);

	private final boolean strictSizeClasses;

	DatasetValidator(Path directory, KnownIds known, boolean strictSizeClasses) {
		this.directory = directory;
		this.known = known;
		this.strictSizeClasses = strictSizeClasses;
	}

	Validation validate() throws IOException {
		for (DatasetFile kind : DatasetFile.values()) {
			this.files.put(kind, CsvFile.read(this.directory, kind));
			this.valid.put(kind, new ArrayList<>());
		}
		clusters();
		companies();
		organisations();
		partnerships();
		indicators();
		regionalActivity();
		this.known.resolveExisting(referencedElsewhere());
		memberships();
		pairs(DatasetFile.CLUSTER_ECOSYSTEMS, "cluster_id", DatasetFile.CLUSTERS, "ecosystem_id", null,
				row -> Map.of("primary", bool(DatasetFile.CLUSTER_ECOSYSTEMS, row, "primary", false)), true);
		pairs(DatasetFile.CLUSTER_STAGES, "cluster_id", DatasetFile.CLUSTERS, "stage_id", null, row -> Map.of(), true);
		pairs(DatasetFile.COMPANY_STAGES, "company_id", DatasetFile.COMPANIES, "stage_id", null, row -> Map.of(), true);
		pairs(DatasetFile.COOPERATIONS, "company_id", DatasetFile.COMPANIES, "partner_id", DatasetFile.COMPANIES,
				row -> properties("type", oneOf(DatasetFile.COOPERATIONS, row, "type", Vocabulary.COOPERATION_TYPES, true),
						"since", year(DatasetFile.COOPERATIONS, row, "since")), false);
		supplies();
		pairs(DatasetFile.PARTNERSHIP_MEMBERS, "partnership_id", DatasetFile.PARTNERSHIPS, "cluster_id",
				DatasetFile.CLUSTERS,
				row -> properties("role", oneOf(DatasetFile.PARTNERSHIP_MEMBERS, row, "role", Vocabulary.PARTNERSHIP_ROLES,
						false)), true);
		partnershipTargets();
		pairs(DatasetFile.AGREEMENTS, "cluster_id", DatasetFile.CLUSTERS, "partner_id", DatasetFile.CLUSTERS,
				row -> properties("kind", file(DatasetFile.AGREEMENTS).get(row, "kind"), "since",
						year(DatasetFile.AGREEMENTS, row, "since")), false);
		List<Problem> problems = new ArrayList<>();
		List<Problem> warnings = new ArrayList<>();
		for (DatasetFile kind : DatasetFile.values()) {
			problems.addAll(file(kind).problems);
			warnings.addAll(file(kind).warnings);
		}
		Comparator<Problem> where = Comparator.comparing(Problem::file).thenComparingLong(Problem::line);
		problems.sort(where);
		warnings.sort(where);
		return new Validation(this.valid, problems, warnings);
	}

	private void clusters() {
		nodes(DatasetFile.CLUSTERS, (file, row) -> {
			Map<String, Object> p = new HashMap<>();
			p.put("name", required(file, row, "name"));
			p.put("acronym", file.get(row, "acronym"));
			p.put("description", file.get(row, "description"));
			p.put("founded", year(DatasetFile.CLUSTERS, row, "founded"));
			p.put("legalForm", file.get(row, "legal_form"));
			p.put("staffFte", decimal(file, row, "staff_fte", 0, 100_000));
			String label = oneOf(DatasetFile.CLUSTERS, row, "excellence_label", Vocabulary.EXCELLENCE_LABELS, false);
			p.put("excellenceLabel", (label == null) ? "NONE" : label);
			p.put("website", file.get(row, "website"));
			p.put("synthetic", bool(DatasetFile.CLUSTERS, row, "synthetic", false));
			p.put("source", file.get(row, "source"));
			return properties("region", seat(file, row, true), "properties", p);
		});
	}

	private void companies() {
		nodes(DatasetFile.COMPANIES, (file, row) -> {
			Map<String, Object> p = new HashMap<>();
			p.put("name", required(file, row, "name"));
			p.put("legalForm", file.get(row, "legal_form"));
			String size = oneOf(DatasetFile.COMPANIES, row, "size_class", Vocabulary.SIZE_CLASSES, false);
			p.put("sizeClass", size);
			Long employees = integer(file, row, "employees", 0, 10_000_000);
			p.put("employees", employees);
			fitsSizeClass(file, row, size, employees);
			p.put("turnoverEur", decimal(file, row, "turnover_eur", 0, 1e13));
			p.put("founded", year(DatasetFile.COMPANIES, row, "founded"));
			Boolean sme = bool(DatasetFile.COMPANIES, row, "is_sme", null);
			p.put("isSme", (sme != null) ? sme : (size != null) ? !"LARGE".equals(size) : null);
			p.put("lon", decimal(file, row, "lon", -180, 180));
			p.put("lat", decimal(file, row, "lat", -90, 90));
			p.put("synthetic", bool(DatasetFile.COMPANIES, row, "synthetic", false));
			String nace = required(file, row, "nace");
			if (nace != null && !this.known.activities().contains(nace)) {
				file.problem(row, "nace", "unknown NACE Rev. 2 code '" + nace + "'");
			}
			else if (nace != null && !NACE_CLASS.matcher(nace).matches()) {
				file.problem(row, "nace", "'" + nace + "' is a NACE Rev. 2 " + naceLevel(nace)
						+ "; a company needs its class (four digits, such as 27.20)");
			}
			return properties("region", seat(file, row, true), "nace", nace, "properties", p);
		});
	}

	private void organisations() {
		nodes(DatasetFile.ORGANISATIONS, (file, row) -> {
			Map<String, Object> p = new HashMap<>();
			p.put("name", required(file, row, "name"));
			p.put("type", oneOf(DatasetFile.ORGANISATIONS, row, "type", Vocabulary.ORGANISATION_TYPES, true));
			p.put("synthetic", bool(DatasetFile.ORGANISATIONS, row, "synthetic", false));
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("region", seat(file, row, false));
			parameters.put("properties", p);
			return parameters;
		});
	}

	private void partnerships() {
		nodes(DatasetFile.PARTNERSHIPS, (file, row) -> {
			Map<String, Object> p = new HashMap<>();
			p.put("kind", oneOf(DatasetFile.PARTNERSHIPS, row, "kind", Vocabulary.PARTNERSHIP_KINDS, true));
			p.put("name", required(file, row, "name"));
			Integer start = year(DatasetFile.PARTNERSHIPS, row, "start_year");
			Integer end = year(DatasetFile.PARTNERSHIPS, row, "end_year");
			if (start != null && end != null && end < start) {
				file.problem(row, "end_year", "ends (" + end + ") before it starts (" + start + ")");
			}
			p.put("startYear", start);
			p.put("endYear", end);
			p.put("synthetic", bool(DatasetFile.PARTNERSHIPS, row, "synthetic", false));
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("programme", file.get(row, "programme"));
			parameters.put("properties", p);
			return parameters;
		});
	}

	private void indicators() {
		CsvFile file = file(DatasetFile.INDICATORS);
		Map<String, Long> seen = new HashMap<>();
		for (Row row : file.rows) {
			int before = file.problems.size();
			String region = region(file, row, "region", true);
			String indicator = required(file, row, "indicator");
			Integer year = year(DatasetFile.INDICATORS, row, "year");
			if (year == null && file.get(row, "year") == null) {
				file.problem(row, "year", "a value is required");
			}
			Double value = decimal(file, row, "value", -1e15, 1e15);
			if (value == null && file.get(row, "value") == null) {
				file.problem(row, "value", "a value is required");
			}
			String id = region + "|" + indicator + "|" + year;
			Long first = seen.putIfAbsent(id, row.line());
			if (first != null) {
				file.problem(row, null, "duplicate indicator value " + id + " (first on line " + first + ")");
			}
			if (file.problems.size() == before) {
				this.valid.get(DatasetFile.INDICATORS).add(Map.of("id", id, "region", region, "properties",
						properties("indicator", indicator, "year", year, "value", value, "unit", file.get(row, "unit"),
								"source", file.get(row, "source"), "synthetic",
								bool(DatasetFile.INDICATORS, row, "synthetic", false))));
			}
		}
	}

	/**
	 * Employment of the whole regional economy: one row per NUTS 2 region and NACE division (the level Eurostat's
	 * regional business statistics publish and the gap finder reads), with whole, non-negative counts.
	 */
	private void regionalActivity() {
		CsvFile file = file(DatasetFile.REGIONAL_ACTIVITY);
		Map<String, Long> seen = new HashMap<>();
		for (Row row : file.rows) {
			int before = file.problems.size();
			String region = region(file, row, "region", true);
			if (region != null && region.length() != 4) {
				file.problem(row, "region", "'" + region + "' is a NUTS " + (region.length() - 2)
						+ " code; regional activity is by NUTS 2 region (four characters, such as DE11)");
			}
			String division = required(file, row, "division");
			if (division != null && !(division.length() == 2 && this.known.activities().contains(division))) {
				file.problem(row, "division", "'" + division + "' is not a NACE Rev. 2 division (two digits, such as 28)");
			}
			Long employees = integer(file, row, "employees", 0, 100_000_000);
			if (employees == null && file.get(row, "employees") == null) {
				file.problem(row, "employees", "a value is required");
			}
			Long establishments = integer(file, row, "establishments", 0, 100_000_000);
			if (establishments == null && file.get(row, "establishments") == null) {
				file.problem(row, "establishments", "a value is required");
			}
			String key = region + " " + division;
			Long first = seen.putIfAbsent(key, row.line());
			if (first != null) {
				file.problem(row, null, "duplicate regional activity for " + region + " and division " + division
						+ " (first on line " + first + ")");
			}
			if (file.problems.size() == before) {
				this.valid.get(DatasetFile.REGIONAL_ACTIVITY).add(Map.of("region", region, "division", division,
						"properties", properties("employees", employees, "establishments", establishments, "source",
								file.get(row, "source"), "synthetic",
								bool(DatasetFile.REGIONAL_ACTIVITY, row, "synthetic", false))));
			}
		}
	}

	/** Nodes with an {@code id} column: unique ids, every other check by the given mapper. */
	private void nodes(DatasetFile kind, RowMapper mapper) {
		CsvFile file = file(kind);
		Set<String> ids = new HashSet<>();
		Map<String, Long> firstLine = new HashMap<>();
		Map<String, Long> invalid = new HashMap<>();
		for (Row row : file.rows) {
			int before = file.problems.size();
			String id = required(file, row, "id");
			Map<String, Object> parameters = mapper.map(file, row);
			if (id != null) {
				Long first = firstLine.putIfAbsent(id, row.line());
				if (first != null) {
					file.problem(row, "id", "duplicate id '" + id + "' (first on line " + first + ")");
				}
			}
			if (file.problems.size() == before) {
				ids.add(id);
				Map<String, Object> withId = new HashMap<>(parameters);
				withId.put("id", id);
				this.valid.get(kind).add(withId);
			}
			else if (id != null && !ids.contains(id)) {
				invalid.putIfAbsent(id, row.line());
			}
		}
		this.validIds.put(kind, ids);
		this.invalidIds.put(kind, invalid);
	}

	private void memberships() {
		CsvFile file = file(DatasetFile.MEMBERSHIPS);
		Set<String> seen = new HashSet<>();
		for (Row row : file.rows) {
			int before = file.problems.size();
			String member = required(file, row, "member_id");
			String cluster = reference(file, row, "cluster_id", DatasetFile.CLUSTERS);
			String label = null;
			if (member != null) {
				if (isKnown(member, DatasetFile.COMPANIES)) {
					label = "Company";
				}
				else if (isKnown(member, DatasetFile.ORGANISATIONS)) {
					label = "Organisation";
				}
				else {
					file.problem(row, "member_id", danglingMessage(member, DatasetFile.COMPANIES, DatasetFile.ORGANISATIONS));
				}
			}
			Integer since = year(DatasetFile.MEMBERSHIPS, row, "since");
			if (file.problems.size() == before && !seen.add(member + "|" + cluster)) {
				file.problem(row, null, "duplicate membership of " + member + " in " + cluster);
			}
			if (file.problems.size() == before) {
				Map<String, Object> parameters = new HashMap<>();
				parameters.put("from", member);
				parameters.put("to", cluster);
				parameters.put("label", label);
				parameters.put("properties", properties("since", since));
				this.valid.get(DatasetFile.MEMBERSHIPS).add(parameters);
			}
		}
	}

	private void supplies() {
		pairs(DatasetFile.SUPPLIES, "supplier_id", DatasetFile.COMPANIES, "customer_id", DatasetFile.COMPANIES,
				row -> {
					CsvFile file = file(DatasetFile.SUPPLIES);
					String stage = required(file, row, "stage_id");
					if (stage != null && !this.known.stages().contains(stage)) {
						file.problem(row, "stage_id", "unknown value-chain stage '" + stage + "'");
					}
					return properties("stage", stage, "since", year(DatasetFile.SUPPLIES, row, "since"));
				}, true);
	}

	private void partnershipTargets() {
		CsvFile file = file(DatasetFile.PARTNERSHIP_TARGETS);
		Set<String> seen = new HashSet<>();
		for (Row row : file.rows) {
			int before = file.problems.size();
			String partnership = reference(file, row, "partnership_id", DatasetFile.PARTNERSHIPS);
			String ecosystem = file.get(row, "ecosystem_id");
			String valueChain = file.get(row, "value_chain_id");
			if ((ecosystem == null) == (valueChain == null)) {
				file.problem(row, null, "give exactly one of ecosystem_id and value_chain_id");
			}
			else if (ecosystem != null && !this.known.ecosystems().contains(ecosystem)) {
				file.problem(row, "ecosystem_id", "unknown ecosystem '" + ecosystem + "'");
			}
			else if (valueChain != null && !this.known.valueChains().contains(valueChain)) {
				file.problem(row, "value_chain_id", "unknown value chain '" + valueChain + "'");
			}
			if (file.problems.size() == before && !seen.add(partnership + "|" + ecosystem + "|" + valueChain)) {
				file.problem(row, null, "duplicate target");
			}
			if (file.problems.size() == before) {
				this.valid.get(DatasetFile.PARTNERSHIP_TARGETS).add(Map.of("from", partnership, "to",
						(ecosystem != null) ? ecosystem : valueChain, "label", (ecosystem != null) ? "Ecosystem" : "ValueChain"));
			}
		}
	}

	/**
	 * A relationship file: the first column references {@code fromKind}; the second references {@code toKind}, or
	 * a reference code (ecosystem, stage) when {@code toKind} is null. {@code directed} pairs are unique as given,
	 * others as unordered pairs (stored smaller id first).
	 */
	private void pairs(DatasetFile kind, String fromColumn, DatasetFile fromKind, String toColumn, DatasetFile toKind,
			Function<Row, Map<String, Object>> properties, boolean directed) {
		CsvFile file = file(kind);
		Map<String, Long> seen = new HashMap<>();
		for (Row row : file.rows) {
			int before = file.problems.size();
			String from = reference(file, row, fromColumn, fromKind);
			String to = (toKind != null) ? reference(file, row, toColumn, toKind) : referenceCode(file, row, toColumn);
			Map<String, Object> props = properties.apply(row);
			if (toKind != null && from != null && from.equals(to)) {
				file.problem(row, toColumn, "a tie from " + from + " to itself");
			}
			if (file.problems.size() == before) {
				boolean swap = !directed && from.compareTo(to) > 0;
				String a = swap ? to : from;
				String b = swap ? from : to;
				String key = a + "|" + b + (kind == DatasetFile.SUPPLIES ? "|" + props.get("stage") : "");
				Long first = seen.putIfAbsent(key, row.line());
				if (first != null) {
					file.problem(row, null, "duplicate of line " + first + " (" + from + ", " + to + ")");
					continue;
				}
				this.valid.get(kind).add(Map.of("from", a, "to", b, "properties", props));
			}
		}
	}

	private String reference(CsvFile file, Row row, String column, DatasetFile kind) {
		String id = required(file, row, column);
		if (id != null && !isKnown(id, kind)) {
			file.problem(row, column, danglingMessage(id, kind));
			return null;
		}
		return id;
	}

	private String referenceCode(CsvFile file, Row row, String column) {
		String code = required(file, row, column);
		Set<String> codes = column.startsWith("ecosystem") ? this.known.ecosystems() : this.known.stages();
		if (code != null && !codes.contains(code)) {
			file.problem(row, column, "unknown " + (column.startsWith("ecosystem") ? "ecosystem" : "value-chain stage")
					+ " '" + code + "'");
		}
		return code;
	}

	private boolean isKnown(String id, DatasetFile kind) {
		return this.validIds.get(kind).contains(id)
				|| (!this.invalidIds.get(kind).containsKey(id) && this.known.existing(kind).contains(id));
	}

	private String danglingMessage(String id, DatasetFile... kinds) {
		for (DatasetFile kind : kinds) {
			Long line = this.invalidIds.get(kind).get(id);
			if (line != null) {
				return "references '" + id + "', whose row is invalid (" + kind.fileName() + " line " + line + ")";
			}
		}
		return "references '" + id + "', which is in neither " + kinds[0].fileName()
				+ ((kinds.length > 1) ? " nor " + kinds[1].fileName() : "") + " nor the graph";
	}

	/** Ids referenced by relationship files that the dataset's own node files do not have: asked of the graph. */
	private Map<DatasetFile, Set<String>> referencedElsewhere() {
		Map<DatasetFile, Set<String>> wanted = new EnumMap<>(DatasetFile.class);
		for (DatasetFile kind : List.of(DatasetFile.CLUSTERS, DatasetFile.COMPANIES, DatasetFile.ORGANISATIONS,
				DatasetFile.PARTNERSHIPS)) {
			wanted.put(kind, new HashSet<>());
		}
		collect(wanted, DatasetFile.MEMBERSHIPS, "member_id", DatasetFile.COMPANIES, DatasetFile.ORGANISATIONS);
		collect(wanted, DatasetFile.MEMBERSHIPS, "cluster_id", DatasetFile.CLUSTERS);
		collect(wanted, DatasetFile.CLUSTER_ECOSYSTEMS, "cluster_id", DatasetFile.CLUSTERS);
		collect(wanted, DatasetFile.CLUSTER_STAGES, "cluster_id", DatasetFile.CLUSTERS);
		collect(wanted, DatasetFile.COMPANY_STAGES, "company_id", DatasetFile.COMPANIES);
		collect(wanted, DatasetFile.COOPERATIONS, "company_id", DatasetFile.COMPANIES);
		collect(wanted, DatasetFile.COOPERATIONS, "partner_id", DatasetFile.COMPANIES);
		collect(wanted, DatasetFile.SUPPLIES, "supplier_id", DatasetFile.COMPANIES);
		collect(wanted, DatasetFile.SUPPLIES, "customer_id", DatasetFile.COMPANIES);
		collect(wanted, DatasetFile.PARTNERSHIP_MEMBERS, "partnership_id", DatasetFile.PARTNERSHIPS);
		collect(wanted, DatasetFile.PARTNERSHIP_MEMBERS, "cluster_id", DatasetFile.CLUSTERS);
		collect(wanted, DatasetFile.PARTNERSHIP_TARGETS, "partnership_id", DatasetFile.PARTNERSHIPS);
		collect(wanted, DatasetFile.AGREEMENTS, "cluster_id", DatasetFile.CLUSTERS);
		collect(wanted, DatasetFile.AGREEMENTS, "partner_id", DatasetFile.CLUSTERS);
		return wanted;
	}

	private void collect(Map<DatasetFile, Set<String>> wanted, DatasetFile kind, String column, DatasetFile... targets) {
		CsvFile file = file(kind);
		if (file.rows.isEmpty()) {
			return;
		}
		for (Row row : file.rows) {
			String id = file.get(row, column);
			if (id != null) {
				for (DatasetFile target : targets) {
					if (!this.validIds.get(target).contains(id) && !this.invalidIds.get(target).containsKey(id)) {
						wanted.get(target).add(id);
					}
				}
			}
		}
	}

	/**
	 * Where a cluster, company or organisation is: a NUTS 2 or NUTS 3 region of the dataset's version (the API groups
	 * by {@code substring(region, 0, 4)} as NUTS 2, so a country or NUTS 1 code would be grouped wrongly). Regions of
	 * countries outside the EU27 (EFTA, candidates) are accepted; their {@code Region.eu} is false.
	 */
	private String seat(CsvFile file, Row row, boolean required) {
		String code = region(file, row, "region", required);
		if (code != null && this.known.regions().contains(code) && code.length() < 4) {
			file.problem(row, "region", "'" + code + "' is a " + ((code.length() == 2) ? "country" : "NUTS 1")
					+ " code; give the NUTS 2 or NUTS 3 region of the seat (four or five characters, such as DE11 or DE111)");
		}
		return code;
	}

	/** Employees outside their size class's headcount ({@link Vocabulary#headcount}): a warning, or an error. */
	private void fitsSizeClass(CsvFile file, Row row, String size, Long employees) {
		Vocabulary.Headcount headcount = Vocabulary.headcount(size);
		if (headcount == null || employees == null || headcount.contains(employees)) {
			return;
		}
		String reason = employees + " employees do not fit size class " + size + " (" + headcount + ")";
		if (this.strictSizeClasses) {
			file.problem(row, "employees", reason);
		}
		else {
			file.warning(row, "employees", reason + "; loaded as given (--strict-size-classes rejects the row)");
		}
	}

	private static String naceLevel(String code) {
		if (code.length() == 1) {
			return "section";
		}
		return (code.length() == 2) ? "division" : "group";
	}

	private String region(CsvFile file, Row row, String column, boolean required) {
		String code = required ? required(file, row, column) : file.get(row, column);
		if (code != null && !this.known.regions().contains(code)) {
			file.problem(row, column, "unknown NUTS " + this.known.nutsVersion() + " region code '" + code + "'");
		}
		return code;
	}

	private String required(CsvFile file, Row row, String column) {
		String value = file.get(row, column);
		if (value == null) {
			file.problem(row, column, "a value is required");
		}
		return value;
	}

	private String oneOf(DatasetFile kind, Row row, String column, List<String> values, boolean required) {
		CsvFile file = file(kind);
		String value = required ? required(file, row, column) : file.get(row, column);
		if (value != null && !values.contains(value)) {
			file.problem(row, column, "'" + value + "' is not one of " + values);
		}
		return value;
	}

	private Integer year(DatasetFile kind, Row row, String column) {
		Long year = whole(file(kind), row, column, 1800, 2100, "a year");
		return (year == null) ? null : year.intValue();
	}

	private Long integer(CsvFile file, Row row, String column, long min, long max) {
		return whole(file, row, column, min, max, "a whole number");
	}

	private Long whole(CsvFile file, Row row, String column, long min, long max, String what) {
		Double value = decimal(file, row, column, min, max);
		if (value != null && value != Math.rint(value)) {
			file.problem(row, column, "'" + file.get(row, column) + "' is not " + what);
			return null;
		}
		return (value == null) ? null : value.longValue();
	}

	private Double decimal(CsvFile file, Row row, String column, double min, double max) {
		String text = file.get(row, column);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			if (!(value >= min && value <= max)) {
				file.problem(row, column, "'" + text + "' is outside " + min + " to " + max);
				return null;
			}
			return value;
		}
		catch (NumberFormatException notANumber) {
			file.problem(row, column, "'" + text + "' is not a number");
			return null;
		}
	}

	private Boolean bool(DatasetFile kind, Row row, String column, Boolean fallback) {
		String text = file(kind).get(row, column);
		if (text == null) {
			return fallback;
		}
		if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
			file(kind).problem(row, column, "'" + text + "' is not true or false");
			return fallback;
		}
		return Boolean.parseBoolean(text);
	}

	private CsvFile file(DatasetFile kind) {
		return this.files.get(kind);
	}

	/** A map that keeps nulls (Cypher's {@code SET +=} removes a property set to null). */
	private static Map<String, Object> properties(Object... namesAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

	@FunctionalInterface
	private interface RowMapper {

		Map<String, Object> map(CsvFile file, Row row);

	}

	/**
	 * The outcome.
	 *
	 * @param rows the valid rows per file, as loading-query parameters
	 * @param problems every problem found, by file and line
	 */
	record Validation(Map<DatasetFile, List<Map<String, Object>>> rows, List<Problem> problems,
			List<Problem> warnings) {
	}

}
