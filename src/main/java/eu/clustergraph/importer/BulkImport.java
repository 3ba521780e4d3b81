package eu.clustergraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.reference.PackagedReference;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * The first start's import: a dataset validated as the online import validates it, written as neo4j-admin CSV and
 * loaded by Neo4j's parallel batch importer ({@code neo4j-admin database import full}, run in-process) into a store
 * that does not exist yet. The graph is the one the online import writes: the same labels, properties and
 * relationships (including member counts and the dataset marker); the reference nodes it links to carry only their
 * keys here, and the reference data step fills them in once the database runs, as on any first start.
 */
public final class BulkImport {

	private static final Log logger = LogFactory.getLog(BulkImport.class);

	private static final String DATABASE = "neo4j";

	private final Path home;

	private final Path work;

	private final List<String> arguments = new ArrayList<>();

	private BulkImport(Path home) {
		this.home = home.toAbsolutePath().normalize();
		this.work = this.home.resolve("bulk-import");
	}

	/**
	 * Validates the dataset and, when it is valid, builds the store of the embedded database in {@code neo4jHome}.
	 * Nothing is written when it is not; the store must not exist yet.
	 */
	public static ImportResult intoNewStore(Path neo4jHome, Path dataset, int defaultNutsVersion) throws IOException {
		long started = System.nanoTime();
		Optional<JsonNode> manifest = DatasetImporter.manifest(dataset);
		int nutsVersion = manifest.map(json -> json.path("nutsVersion").asInt(defaultNutsVersion))
			.orElse(defaultNutsVersion);
		PackagedReference reference = new PackagedReference();
		DatasetValidator.Validation validation = new DatasetValidator(dataset, new KnownIds(reference, nutsVersion),
				false)
			.validate();
		Map<String, Integer> rows = new LinkedHashMap<>();
		if (!validation.problems().isEmpty()) {
			return new ImportResult(false, rows, Map.of(), validation.problems(), validation.warnings(),
					Duration.ofNanos(System.nanoTime() - started));
		}
		for (DatasetFile kind : DatasetFile.values()) {
			rows.put(kind.fileName(), validation.rows().get(kind).size());
		}
		BulkImport bulk = new BulkImport(neo4jHome);
		bulk.writeFiles(validation.rows(), reference, nutsVersion, marker(dataset, manifest, rows));
		bulk.run();
		return new ImportResult(true, rows, Map.of(), List.of(), validation.warnings(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private void writeFiles(Map<DatasetFile, List<Map<String, Object>>> rows, PackagedReference reference,
			int nutsVersion, Map<String, Object> marker) throws IOException {
		deleteWork();
		Files.createDirectories(this.work);
		Map<String, String> sections = reference.activitySections();

		// the reference nodes the dataset links to, by their keys only
		nodes("Region", "code", reference.regions(nutsVersion).stream().sorted()
			.map(code -> props("code", code, "version", (long) nutsVersion)).toList());
		nodes("Activity", "code", sections.keySet().stream().map(code -> props("code", code)).toList());
		nodes("Ecosystem", "id", reference.ecosystems().stream().sorted().map(id -> props("id", id)).toList());
		nodes("Stage", "id", reference.stages().stream().sorted().map(id -> props("id", id)).toList());
		nodes("ValueChain", "id", reference.valueChains().stream().sorted().map(id -> props("id", id)).toList());
		nodes("PartnershipProgramme", "id",
				reference.partnershipProgrammes().stream().sorted().map(id -> props("id", id)).toList());

		Map<String, long[]> members = new HashMap<>();
		for (Map<String, Object> membership : rows.get(DatasetFile.MEMBERSHIPS)) {
			long[] counts = members.computeIfAbsent((String) membership.get("to"), cluster -> new long[2]);
			counts[0]++;
			if ("Company".equals(membership.get("label"))) {
				counts[1]++;
			}
		}
		nodes("Cluster", "id", rows.get(DatasetFile.CLUSTERS).stream().map(row -> {
			Map<String, Object> p = seated(row);
			long[] counts = members.getOrDefault((String) row.get("id"), new long[2]);
			p.put("memberCount", counts[0]);
			p.put("companyCount", counts[1]);
			return p;
		}).toList());
		nodes("Company", "id", rows.get(DatasetFile.COMPANIES).stream().map(row -> {
			Map<String, Object> p = seated(row);
			p.put("nace", row.get("nace"));
			p.put("naceSection", sections.get((String) row.get("nace")));
			return p;
		}).toList());
		nodes("Organisation", "id", rows.get(DatasetFile.ORGANISATIONS).stream().map(BulkImport::seated).toList());
		nodes("Partnership", "id", rows.get(DatasetFile.PARTNERSHIPS).stream().map(BulkImport::withProperties).toList());
		nodes("IndicatorValue", "id", rows.get(DatasetFile.INDICATORS).stream().map(BulkImport::withProperties).toList());
		nodes("Dataset", "id", List.of(marker));

		for (String label : List.of("Cluster", "Company", "Organisation")) {
			relationships("LOCATED_IN", label, "Region", rows.get(kind(label)).stream()
				.filter(row -> row.get("region") != null)
				.map(row -> link(row.get("id"), row.get("region"), null))
				.toList());
		}
		relationships("HAS_ACTIVITY", "Company", "Activity", rows.get(DatasetFile.COMPANIES).stream()
			.map(row -> link(row.get("id"), row.get("nace"), null)).toList());
		relationships("OF_PROGRAMME", "Partnership", "PartnershipProgramme", rows.get(DatasetFile.PARTNERSHIPS).stream()
			.filter(row -> reference.partnershipProgrammes().contains(row.get("programme")))
			.map(row -> link(row.get("id"), row.get("programme"), null)).toList());
		relationships("HAS_INDICATOR", "Region", "IndicatorValue", rows.get(DatasetFile.INDICATORS).stream()
			.map(row -> link(row.get("region"), row.get("id"), null)).toList());
		relationships("EMPLOYS", "Region", "Activity", rows.get(DatasetFile.REGIONAL_ACTIVITY).stream()
			.map(row -> link(row.get("region"), row.get("division"), row.get("properties"))).toList());
		for (String label : List.of("Company", "Organisation")) {
			relationships("MEMBER_OF", label, "Cluster", rows.get(DatasetFile.MEMBERSHIPS).stream()
				.filter(row -> label.equals(row.get("label")))
				.map(BulkImport::pair).toList());
		}
		relationships("IN_ECOSYSTEM", "Cluster", "Ecosystem", pairs(rows, DatasetFile.CLUSTER_ECOSYSTEMS));
		relationships("CONTRIBUTES_TO", "Cluster", "Stage", pairs(rows, DatasetFile.CLUSTER_STAGES));
		relationships("ACTIVE_IN", "Company", "Stage", pairs(rows, DatasetFile.COMPANY_STAGES));
		relationships("COOPERATES_WITH", "Company", "Company", pairs(rows, DatasetFile.COOPERATIONS));
		relationships("SUPPLIES", "Company", "Company", pairs(rows, DatasetFile.SUPPLIES));
		// stored from the cluster to the partnership, as merge-partnership-members does
		relationships("PARTICIPATES_IN", "Cluster", "Partnership", rows.get(DatasetFile.PARTNERSHIP_MEMBERS).stream()
			.map(row -> link(row.get("to"), row.get("from"), row.get("properties"))).toList());
		for (String target : List.of("Ecosystem", "ValueChain")) {
			relationships("TARGETS", "Partnership", target, rows.get(DatasetFile.PARTNERSHIP_TARGETS).stream()
				.filter(row -> target.equals(row.get("label")))
				.map(BulkImport::pair).toList());
		}
		relationships("AGREEMENT_WITH", "Cluster", "Cluster", pairs(rows, DatasetFile.AGREEMENTS));
	}

	private static DatasetFile kind(String label) {
		return switch (label) {
			case "Cluster" -> DatasetFile.CLUSTERS;
			case "Company" -> DatasetFile.COMPANIES;
			default -> DatasetFile.ORGANISATIONS;
		};
	}

	/** Runs the batch importer on the files written, then removes them. */
	private void run() throws IOException {
		Path conf = Files.createDirectories(this.work.resolve("conf"));
		List<String> command = new ArrayList<>(List.of(DATABASE, "--multiline-fields=true", "--skip-bad-relationships=false",
				"--report-file=" + this.work.resolve("import.report"), "--threads="
						+ Runtime.getRuntime().availableProcessors()));
		command.addAll(this.arguments);
		long started = System.nanoTime();
		PrintStream quiet = new PrintStream(Files.newOutputStream(this.work.resolve("import.log")), true,
				StandardCharsets.UTF_8);
		try (quiet; var fs = new DefaultFileSystemAbstraction()) {
			ImportCommand.Full importer = new ImportCommand.Full(new ExecutionContext(this.home, conf, quiet, quiet, fs));
			new CommandLine(importer).parseArgs(command.toArray(String[]::new));
			Integer exit = importer.call();
			if (exit == null || exit != 0) {
				throw new IllegalStateException("The batch import into " + this.home + " failed (exit " + exit
						+ "); see " + this.work.resolve("import.log"));
			}
		}
		catch (IOException | RuntimeException failure) {
			throw failure;
		}
		catch (Exception failure) {
			throw new IllegalStateException("The batch import into " + this.home + " failed: " + failure.getMessage()
					+ "; see " + this.work.resolve("import.log"), failure);
		}
		logger.info("Batch import into a new store took " + (System.nanoTime() - started) / 1_000_000 + " ms");
		deleteWork();
	}

	/** A node file: the id column in the label's id space, then every property with its type. */
	private void nodes(String label, String idKey, List<Map<String, Object>> nodes) throws IOException {
		List<String> keys = keys(nodes, idKey);
		List<String> header = new ArrayList<>();
		header.add(idKey + ":ID(" + label + ")");
		keys.forEach(key -> header.add(key + type(nodes, key)));
		Path file = this.work.resolve("nodes-" + label + ".csv");
		try (CsvWriter csv = writer(file)) {
			csv.writeRecord(header);
			for (Map<String, Object> node : nodes) {
				List<String> fields = new ArrayList<>();
				fields.add((String) node.get(idKey));
				keys.forEach(key -> fields.add(text(node.get(key))));
				csv.writeRecord(fields);
			}
		}
		this.arguments.add("--nodes=" + label + "=" + file);
	}

	/** A relationship file between two id spaces, with the relationship's properties. */
	private void relationships(String type, String from, String to, List<Map<String, Object>> links)
			throws IOException {
		if (links.isEmpty()) {
			return;
		}
		List<Map<String, Object>> properties = links.stream().map(BulkImport::propertiesOf).toList();
		List<String> keys = keys(properties, null);
		List<String> header = new ArrayList<>(List.of(":START_ID(" + from + ")", ":END_ID(" + to + ")"));
		keys.forEach(key -> header.add(key + type(properties, key)));
		Path file = this.work.resolve("relationships-" + type + "-" + from + "-" + to + ".csv");
		try (CsvWriter csv = writer(file)) {
			csv.writeRecord(header);
			for (int i = 0; i < links.size(); i++) {
				List<String> fields = new ArrayList<>();
				fields.add((String) links.get(i).get("from"));
				fields.add((String) links.get(i).get("to"));
				Map<String, Object> p = properties.get(i);
				keys.forEach(key -> fields.add(text(p.get(key))));
				csv.writeRecord(fields);
			}
		}
		this.arguments.add("--relationships=" + type + "=" + file);
	}

	private static CsvWriter writer(Path file) throws IOException {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
	}

	/** The property keys any row has a value for, sorted so the files do not depend on map order. */
	private static List<String> keys(List<Map<String, Object>> rows, String idKey) {
		TreeSet<String> keys = new TreeSet<>();
		rows.forEach(row -> row.forEach((key, value) -> {
			if (value != null && !key.equals(idKey)) {
				keys.add(key);
			}
		}));
		return List.copyOf(keys);
	}

	/** The neo4j-admin type of a column, from its first value: whole numbers are Cypher integers (64 bits). */
	private static String type(List<Map<String, Object>> rows, String key) {
		Object value = rows.stream().map(row -> row.get(key)).filter(v -> v != null).findFirst().orElse("");
		if (value instanceof Integer || value instanceof Long) {
			return ":long";
		}
		if (value instanceof Double || value instanceof Float) {
			return ":double";
		}
		if (value instanceof Boolean) {
			return ":boolean";
		}
		if (value instanceof ZonedDateTime) {
			return ":datetime";
		}
		return "";
	}

	/** A value as the batch importer reads it; an empty field is no property, as a null is for SET +=. */
	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof ZonedDateTime time) {
			return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		return value.toString();
	}

	/** A cluster's, company's or organisation's properties with its region and country on the node. */
	private static Map<String, Object> seated(Map<String, Object> row) {
		Map<String, Object> p = withProperties(row);
		String region = (String) row.get("region");
		p.put("region", region);
		p.put("country", (region == null) ? null : region.substring(0, 2));
		return p;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> withProperties(Map<String, Object> row) {
		Map<String, Object> p = new HashMap<>((Map<String, Object>) row.getOrDefault("properties", Map.of()));
		p.put("id", row.get("id"));
		return p;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> propertiesOf(Map<String, Object> link) {
		Object p = link.get("properties");
		return (p == null) ? Map.of() : (Map<String, Object>) p;
	}

	private static List<Map<String, Object>> pairs(Map<DatasetFile, List<Map<String, Object>>> rows, DatasetFile kind) {
		return rows.get(kind).stream().map(BulkImport::pair).toList();
	}

	private static Map<String, Object> pair(Map<String, Object> row) {
		return link(row.get("from"), row.get("to"), row.get("properties"));
	}

	private static Map<String, Object> link(Object from, Object to, Object properties) {
		Map<String, Object> link = new HashMap<>();
		link.put("from", from);
		link.put("to", to);
		link.put("properties", properties);
		return link;
	}

	private static Map<String, Object> props(Object... namesAndValues) {
		Map<String, Object> p = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			p.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return p;
	}

	/** The marker {@code mark-dataset} writes when an import completes. */
	private static Map<String, Object> marker(Path dataset, Optional<JsonNode> manifest, Map<String, Integer> rows)
			throws IOException {
		Map<String, Object> marker = new HashMap<>(DatasetImporter.markerProperties(dataset, manifest, rows, 0));
		marker.put("id", DatasetImporter.markerId(dataset));
		marker.put("completedAt", ZonedDateTime.now());
		return marker;
	}

	private void deleteWork() throws IOException {
		if (!Files.exists(this.work)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.work)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
