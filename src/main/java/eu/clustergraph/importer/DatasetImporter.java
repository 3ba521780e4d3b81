package eu.clustergraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.Sha256;
import eu.clustergraph.system.cypher.NamedQuery;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Imports a dataset: validates all of it first and writes nothing when anything is wrong (unless told to skip the
 * invalid rows), then writes nodes before relationships in batches, one transaction each, every write a
 * {@code MERGE} on a constraint-backed key. Re-running the same dataset changes nothing; re-running after a crash
 * (even {@code kill -9}) completes it.
 */
@Component
public class DatasetImporter {

	static final int BATCH_SIZE = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final CypherRunner cypher;

	private final CypherQueries queries;

	private final ReferenceCodes codes;

	private final ApplicationEventPublisher events;

	DatasetImporter(CypherRunner cypher, CypherQueries queries, ReferenceCodes codes, ApplicationEventPublisher events) {
		this.cypher = cypher;
		this.queries = queries;
		this.codes = codes;
		this.events = events;
	}

	public ImportResult importDataset(ImportOptions options) throws IOException {
		long started = System.nanoTime();
		Path directory = options.directory();
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException("The dataset directory " + directory + " does not exist");
		}
		Optional<JsonNode> manifest = manifest(directory);
		int nutsVersion = manifest.map(json -> json.path("nutsVersion").asInt(options.nutsVersion()))
			.orElse(options.nutsVersion());
		KnownIds known = new KnownIds(this.cypher, this.queries, this.codes, nutsVersion);
		DatasetValidator.Validation validation = new DatasetValidator(directory, known, options.strictSizeClasses()).validate();
		boolean write = validation.problems().isEmpty() || options.skipInvalid();
		Map<String, Integer> rows = new LinkedHashMap<>();
		Map<String, Double> seconds = new LinkedHashMap<>();
		if (write) {
			NewNodes created = newNodes(validation.rows());
			for (DatasetFile kind : DatasetFile.values()) {
				long kindStarted = System.nanoTime();
				List<Map<String, Object>> valid = validation.rows().get(kind);
				writeKind(kind, valid, nutsVersion, created);
				rows.put(kind.fileName(), valid.size());
				seconds.put(kind.fileName(), (System.nanoTime() - kindStarted) / 1e9);
			}
			this.cypher.write(query("update-member-counts"), Map.of());
			this.events.publishEvent(written(directory, validation.rows()));
			markImported(directory, manifest, rows, validation.problems().size());
		}
		ImportResult result = new ImportResult(write, rows, seconds, validation.problems(), validation.warnings(),
				Duration.ofNanos(System.nanoTime() - started));
		if (options.report() != null) {
			writeReport(options, result);
		}
		return result;
	}

	/** What the import wrote that derived data depends on: the clusters, linked companies and partnerships. */
	private static DatasetImported written(Path directory, Map<DatasetFile, List<Map<String, Object>>> rows) {
		Set<String> clusters = new TreeSet<>();
		Set<String> companies = new TreeSet<>();
		Set<String> partnerships = new TreeSet<>();
		rows.getOrDefault(DatasetFile.CLUSTERS, List.of()).forEach(row -> clusters.add((String) row.get("id")));
		rows.getOrDefault(DatasetFile.MEMBERSHIPS, List.of()).forEach(row -> clusters.add((String) row.get("to")));
		rows.getOrDefault(DatasetFile.AGREEMENTS, List.of()).forEach(row -> {
			clusters.add((String) row.get("from"));
			clusters.add((String) row.get("to"));
		});
		for (DatasetFile links : List.of(DatasetFile.COOPERATIONS, DatasetFile.SUPPLIES)) {
			rows.getOrDefault(links, List.of()).forEach(row -> {
				companies.add((String) row.get("from"));
				companies.add((String) row.get("to"));
			});
		}
		rows.getOrDefault(DatasetFile.PARTNERSHIPS, List.of()).forEach(row -> partnerships.add((String) row.get("id")));
		rows.getOrDefault(DatasetFile.PARTNERSHIP_MEMBERS, List.of())
			.forEach(row -> partnerships.add((String) row.get("from")));
		return new DatasetImported(directory, clusters, companies, partnerships);
	}

	/**
	 * Writes one kind, a batch per transaction, one batch at a time. Two concurrent writers were measured slower on
	 * two cores (the database's commit work already fills the second core) and deadlock on shared hub nodes. Rows of
	 * nodes the graph did not hold before this import, and relationships of such nodes, are created without the
	 * look-up a MERGE makes ({@code create-*} queries); the rest are merged.
	 */
	private void writeKind(DatasetFile kind, List<Map<String, Object>> rows, int nutsVersion, NewNodes created) {
		if (rows.isEmpty()) {
			return;
		}
		try (Progress progress = Progress.start(kind.fileName(), rows.size())) {
			switch (kind) {
				case CLUSTERS, COMPANIES, ORGANISATIONS, PARTNERSHIPS ->
					write(queryName(kind), rows, row -> created.has(kind, row.get("id")), nutsVersion, progress);
				case MEMBERSHIPS -> {
					write("merge-company-memberships", withLabel(rows, "Company"),
							created.either(DatasetFile.COMPANIES, DatasetFile.CLUSTERS), nutsVersion, progress);
					write("merge-organisation-memberships", withLabel(rows, "Organisation"),
							created.either(DatasetFile.ORGANISATIONS, DatasetFile.CLUSTERS), nutsVersion, progress);
				}
				case PARTNERSHIP_TARGETS -> {
					write("merge-partnership-ecosystem-targets", withLabel(rows, "Ecosystem"),
							created.either(DatasetFile.PARTNERSHIPS, null), nutsVersion, progress);
					write("merge-partnership-value-chain-targets", withLabel(rows, "ValueChain"),
							created.either(DatasetFile.PARTNERSHIPS, null), nutsVersion, progress);
				}
				case CLUSTER_ECOSYSTEMS, CLUSTER_STAGES ->
					write(queryName(kind), rows, created.either(DatasetFile.CLUSTERS, null), nutsVersion, progress);
				case COMPANY_STAGES ->
					write(queryName(kind), rows, created.either(DatasetFile.COMPANIES, null), nutsVersion, progress);
				case COOPERATIONS, SUPPLIES -> write(queryName(kind), rows,
						created.either(DatasetFile.COMPANIES, DatasetFile.COMPANIES), nutsVersion, progress);
				case PARTNERSHIP_MEMBERS -> write(queryName(kind), rows,
						created.either(DatasetFile.PARTNERSHIPS, DatasetFile.CLUSTERS), nutsVersion, progress);
				case AGREEMENTS -> write(queryName(kind), rows,
						created.either(DatasetFile.CLUSTERS, DatasetFile.CLUSTERS), nutsVersion, progress);
				// indicators and regional activity hang from reference nodes, which are never new
				default -> write(queryName(kind), rows, nutsVersion, progress);
			}
		}
	}

	/** Rows of new nodes (or of relationships of new nodes) through the {@code create-} variant, the rest merged. */
	private void write(String mergeQuery, List<Map<String, Object>> rows, Predicate<Map<String, Object>> isNew,
			int nutsVersion, Progress progress) {
		Map<Boolean, List<Map<String, Object>>> byNewness = rows.stream()
			.collect(Collectors.partitioningBy(isNew));
		write(mergeQuery.replaceFirst("^merge-", "create-"), byNewness.get(true), nutsVersion, progress);
		write(mergeQuery, byNewness.get(false), nutsVersion, progress);
	}

	/**
	 * The ids of the dataset's nodes that the graph does not hold yet, looked up before anything is written: their
	 * rows and relationships cannot collide with stored ones. A run after a crash finds the nodes the first run wrote,
	 * and merges them.
	 */
	private NewNodes newNodes(Map<DatasetFile, List<Map<String, Object>>> rows) {
		Map<DatasetFile, Set<String>> fresh = new EnumMap<>(DatasetFile.class);
		for (DatasetFile kind : List.of(DatasetFile.CLUSTERS, DatasetFile.COMPANIES, DatasetFile.ORGANISATIONS,
				DatasetFile.PARTNERSHIPS)) {
			List<String> ids = rows.getOrDefault(kind, List.of()).stream().map(row -> (String) row.get("id")).toList();
			Set<String> absent = new HashSet<>(ids);
			for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
				absent.removeAll(this.cypher.read(query("existing-ids"), Map.of("label", KnownIds.label(kind), "ids",
						ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE))), record -> record.get("code").asString()));
			}
			fresh.put(kind, absent);
		}
		return new NewNodes(fresh);
	}

	/** The dataset's node ids per kind that were not in the graph when the import began. */
	private record NewNodes(Map<DatasetFile, Set<String>> ids) {

		boolean has(DatasetFile kind, Object id) {
			return this.ids.getOrDefault(kind, Set.of()).contains(id);
		}

		/** A relationship row whose {@code from} (of kind {@code from}) or {@code to} (of kind {@code to}) is new. */
		Predicate<Map<String, Object>> either(DatasetFile from, DatasetFile to) {
			return row -> has(from, row.get("from")) || (to != null && has(to, row.get("to")));
		}

	}

	private void write(String queryName, List<Map<String, Object>> rows, int nutsVersion, Progress progress) {
		if (rows.isEmpty()) {
			return;
		}
		NamedQuery query = query(queryName);
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
			this.cypher.write(query, Map.of("rows", batch, "nutsVersion", nutsVersion));
			progress.step(batch.size());
		}
	}

	private static String queryName(DatasetFile kind) {
		return "merge-" + kind.fileName().replace(".csv", "").replace('_', '-');
	}

	private static List<Map<String, Object>> withLabel(List<Map<String, Object>> rows, String label) {
		return rows.stream().filter(row -> label.equals(row.get("label"))).toList();
	}

	private void markImported(Path directory, Optional<JsonNode> manifest, Map<String, Integer> rows, int skipped)
			throws IOException {
		this.cypher.write(query("mark-dataset"), Map.of("id", markerId(directory), "properties",
				markerProperties(directory, manifest, rows, skipped)));
	}

	/**
	 * The properties of a completed import's {@code (:Dataset)} marker, but its id and completion time; the online
	 * import and the bulk first start write the same.
	 */
	static Map<String, Object> markerProperties(Path directory, Optional<JsonNode> manifest, Map<String, Integer> rows,
			int skipped) throws IOException {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("directory", directory.toAbsolutePath().normalize().toString());
		properties.put("manifestSha256", manifest.isPresent() ? manifestSha256(directory) : null);
		properties.put("synthetic", manifest.map(json -> json.path("synthetic").asBoolean(false)).orElse(false));
		properties.put("skippedRows", skipped);
		rows.forEach((file, count) -> properties.put("rows_" + file.replace(".csv", ""), count));
		return properties;
	}

	/** Datasets are told apart by their directory name (a generated one names its scale and seed). */
	static String markerId(Path directory) {
		return directory.toAbsolutePath().normalize().getFileName().toString();
	}

	private static String manifestSha256(Path directory) throws IOException {
		Path manifest = directory.resolve("manifest.json");
		return Files.exists(manifest) ? Sha256.of(manifest) : null;
	}

	static Optional<JsonNode> manifest(Path directory) {
		Path manifest = directory.resolve("manifest.json");
		if (!Files.exists(manifest)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readTree(manifest.toFile()));
		}
		catch (RuntimeException unreadable) {
			throw new IllegalArgumentException(manifest + " is not valid JSON: " + unreadable.getMessage());
		}
	}

	private static void writeReport(ImportOptions options, ImportResult result) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("directory", options.directory().toAbsolutePath().normalize().toString());
		report.put("written", result.written());
		report.put("skipInvalid", options.skipInvalid());
		report.put("problemCount", result.problems().size());
		report.put("problems", result.problems());
		report.put("warningCount", result.warnings().size());
		report.put("warnings", result.warnings());
		report.put("rows", result.rows());
		report.put("seconds", result.seconds());
		try {
			Path parent = options.report().toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(options.report(), JSON.writeValueAsString(report) + "\n");
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Cannot write the import report " + options.report(), failure);
		}
	}

	private NamedQuery query(String name) {
		return this.queries.get("importer/" + name);
	}

}
