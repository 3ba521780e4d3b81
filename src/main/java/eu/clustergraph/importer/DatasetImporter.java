package eu.clustergraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.DatasetRow;
import eu.clustergraph.dataset.LinkRow;
import eu.clustergraph.dataset.MembershipRow;
import eu.clustergraph.dataset.NodeRow;
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
 * invalid rows), then streams each file again and writes nodes before relationships in batches, one transaction
 * each, every write a {@code MERGE} on a constraint-backed key (or a {@code CREATE} where the key is proved new).
 * Only ids and keys are held in memory, never the rows. Re-running the same dataset changes nothing; re-running after a crash
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

	/**
	 * Validates a dataset as an import would and writes nothing: every problem and warning, and the rows that would
	 * load per file. The report is written when asked for.
	 */
	public ImportResult validate(ImportOptions options) throws IOException {
		long started = System.nanoTime();
		Validation validation = validation(options, nutsVersion(manifest(existing(options.directory())), options));
		ImportResult result = new ImportResult(false, validation.rowsPerFile(), Map.of(), validation.problems(),
				validation.warnings(), Duration.ofNanos(System.nanoTime() - started));
		if (options.report() != null) {
			writeReport(options, result);
		}
		return result;
	}

	public ImportResult importDataset(ImportOptions options) throws IOException {
		long started = System.nanoTime();
		Path directory = existing(options.directory());
		Optional<JsonNode> manifest = manifest(directory);
		int nutsVersion = nutsVersion(manifest, options);
		Validation validation = validation(options, nutsVersion);
		boolean write = validation.valid() || options.skipInvalid();
		Map<String, Integer> rows = new LinkedHashMap<>();
		Map<String, Double> seconds = new LinkedHashMap<>();
		if (write) {
			NewNodes created = newNodes(validation);
			DatasetImported.Collector touched = new DatasetImported.Collector(directory);
			ImportedTies ties = new ImportedTies();
			for (DatasetFile kind : DatasetFile.values()) {
				long kindStarted = System.nanoTime();
				writeKind(kind, validation, nutsVersion, created, touched, ties);
				rows.put(kind.fileName(), validation.rows(kind));
				seconds.put(kind.fileName(), (System.nanoTime() - kindStarted) / 1e9);
			}
			this.cypher.write(query("update-member-counts"), Map.of());
			this.events.publishEvent(touched.collected(ties.ties()));
			markImported(directory, manifest, rows, validation.problems().size());
		}
		ImportResult result = new ImportResult(write, rows, seconds, validation.problems(), validation.warnings(),
				Duration.ofNanos(System.nanoTime() - started));
		if (options.report() != null) {
			writeReport(options, result);
		}
		return result;
	}

	/** The dataset checked against the graph's reference codes and the nodes it already holds. */
	private Validation validation(ImportOptions options, int nutsVersion) throws IOException {
		KnownIds known = new KnownIds(this.cypher, this.queries, this.codes, nutsVersion);
		return new DatasetValidator(options.directory(), known, options.strictSizeClasses()).validate();
	}

	private static Path existing(Path directory) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException("The dataset directory " + directory + " does not exist");
		}
		return directory;
	}

	/** The NUTS version the dataset's manifest names, or the options' when it has none. */
	static int nutsVersion(Optional<JsonNode> manifest, ImportOptions options) {
		return manifest.map(json -> json.path("nutsVersion").asInt(options.nutsVersion())).orElse(options.nutsVersion());
	}

	/**
	 * Writes one kind as its valid rows stream from the file, a batch per transaction, one batch at a time. Two
	 * concurrent writers were measured slower on two cores (the database's commit work already fills the second
	 * core) and deadlock on shared hub nodes. Rows of nodes the graph did not hold before this import, and
	 * relationships of such nodes, go through the file's {@link DatasetFile#createQuery() create query}, without the
	 * look-up a MERGE makes; the rest are merged. The rows also go to the import's {@link ImportedTies}, with whether
	 * all the nodes they name are new.
	 */
	private void writeKind(DatasetFile kind, Validation validation, int nutsVersion, NewNodes created,
			DatasetImported.Collector touched, ImportedTies ties) {
		if (validation.rows(kind) == 0) {
			return;
		}
		Function<DatasetRow, List<Boolean>> newEnds = created.newEnds(kind);
		NamedQuery merge = this.queries.get(kind.mergeQuery());
		NamedQuery create = kind.createQuery().map(this.queries::get).orElse(merge);
		List<Map<String, Object>> fresh = new ArrayList<>(BATCH_SIZE);
		List<Map<String, Object>> stored = new ArrayList<>(BATCH_SIZE);
		try (Progress progress = Progress.start(kind.fileName(), validation.rows(kind))) {
			validation.forEachValid(kind, row -> {
				touched.add(row);
				List<Boolean> ends = newEnds.apply(row);
				ties.add(kind, row, !ends.contains(false));
				boolean isNewRow = ends.contains(true);
				List<Map<String, Object>> batch = isNewRow ? fresh : stored;
				batch.add(row.parameters());
				if (batch.size() == BATCH_SIZE) {
					write(isNewRow ? create : merge, batch, nutsVersion, progress);
				}
			});
			write(create, fresh, nutsVersion, progress);
			write(merge, stored, nutsVersion, progress);
		}
	}

	private void write(NamedQuery query, List<Map<String, Object>> batch, int nutsVersion, Progress progress) {
		if (batch.isEmpty()) {
			return;
		}
		this.cypher.write(query, Map.of("rows", List.copyOf(batch), "nutsVersion", nutsVersion));
		progress.step(batch.size());
		batch.clear();
	}

	/**
	 * The ids of the dataset's valid nodes that the graph does not hold yet, looked up before anything is written:
	 * their rows and relationships cannot collide with stored ones. A run after a crash finds the nodes the first run
	 * wrote, and merges them.
	 */
	private NewNodes newNodes(Validation validation) {
		Map<DatasetFile, Set<String>> fresh = new EnumMap<>(DatasetFile.class);
		for (DatasetFile kind : DatasetValidator.NODE_FILES) {
			List<String> ids = List.copyOf(validation.validIds(kind));
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

		private boolean has(DatasetFile kind, String id) {
			return this.ids.getOrDefault(kind, Set.of()).contains(id);
		}

		/**
		 * Whether each node a row of the file names is new: a node row's own, both ends of a relationship's. A
		 * reference node (a region, an activity, an ecosystem, a stage, a value chain) never is. A row is of a new
		 * node, or a relationship with a new node at either end, when any is; every node it names is new when all are.
		 */
		Function<DatasetRow, List<Boolean>> newEnds(DatasetFile kind) {
			return switch (kind) {
				case CLUSTERS, COMPANIES, ORGANISATIONS, PARTNERSHIPS -> row -> List.of(has(kind, ((NodeRow) row).id()));
				case MEMBERSHIPS -> row -> {
					MembershipRow membership = (MembershipRow) row;
					DatasetFile member = "Company".equals(membership.memberLabel()) ? DatasetFile.COMPANIES
							: DatasetFile.ORGANISATIONS;
					return List.of(has(member, membership.memberId()), has(DatasetFile.CLUSTERS, membership.clusterId()));
				};
				case CLUSTER_ECOSYSTEMS, CLUSTER_STAGES ->
					row -> List.of(has(DatasetFile.CLUSTERS, ((LinkRow) row).from()), false);
				case COMPANY_STAGES -> row -> List.of(has(DatasetFile.COMPANIES, ((LinkRow) row).from()), false);
				case COOPERATIONS, SUPPLIES -> row -> List.of(has(DatasetFile.COMPANIES, ((LinkRow) row).from()),
						has(DatasetFile.COMPANIES, ((LinkRow) row).to()));
				case PARTNERSHIP_MEMBERS -> row -> List.of(has(DatasetFile.PARTNERSHIPS, ((LinkRow) row).from()),
						has(DatasetFile.CLUSTERS, ((LinkRow) row).to()));
				case PARTNERSHIP_TARGETS -> row -> List.of(has(DatasetFile.PARTNERSHIPS, ((LinkRow) row).from()), false);
				case AGREEMENTS -> row -> List.of(has(DatasetFile.CLUSTERS, ((LinkRow) row).from()),
						has(DatasetFile.CLUSTERS, ((LinkRow) row).to()));
				// indicators and regional activity hang from reference nodes only
				default -> row -> List.of(false);
			};
		}

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

	static void writeReport(ImportOptions options, ImportResult result) {
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
