package eu.clustergraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import eu.clustergraph.dataset.ClusterRow;
import eu.clustergraph.dataset.CompanyRow;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.IndicatorRow;
import eu.clustergraph.dataset.LinkRow;
import eu.clustergraph.dataset.MembershipRow;
import eu.clustergraph.dataset.OrganisationRow;
import eu.clustergraph.dataset.PartnershipMemberRow;
import eu.clustergraph.dataset.PartnershipRow;
import eu.clustergraph.dataset.PartnershipTargetRow;
import eu.clustergraph.dataset.RegionalActivityRow;
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
 * that does not exist yet. The graph is the one the reference data step, the online import and the tie derivation
 * write: the same labels, properties and relationships (including member counts, the dataset marker, the reference
 * data with its marker ({@link BulkReference}) and the cooperation ties ({@link BulkTies})), so the start-up steps
 * that follow find their work done. Only the schema is left to the migrations: the community edition's importer
 * cannot create indexes or constraints.
 */
public final class BulkImport {

	private static final Log logger = LogFactory.getLog(BulkImport.class);

	private static final String DATABASE = "neo4j";

	private final Path home;

	private final Path work;

	private final List<String> arguments = new ArrayList<>();

	private final List<AdminCsvTable> tables = new ArrayList<>();

	private BulkImport(Path home) {
		this.home = home.toAbsolutePath().normalize();
		this.work = this.home.resolve("bulk-import");
	}

	/**
	 * Validates the dataset and, when it is valid, builds the store of the embedded database in {@code neo4jHome}.
	 * Nothing is written when it is not; the store must not exist yet.
	 */
	public static ImportResult intoNewStore(Path neo4jHome, Path dataset, int defaultNutsVersion) throws IOException {
		return intoNewStore(neo4jHome, new ImportOptions(dataset, false, null, defaultNutsVersion));
	}

	/**
	 * As {@link #intoNewStore(Path, Path, int)}, with the options of an online import: the valid rows of an invalid
	 * dataset when told to skip the rest, strict size classes, a report file.
	 */
	public static ImportResult intoNewStore(Path neo4jHome, ImportOptions options) throws IOException {
		long started = System.nanoTime();
		Path dataset = options.directory();
		Optional<JsonNode> manifest = DatasetImporter.manifest(dataset);
		int nutsVersion = DatasetImporter.nutsVersion(manifest, options);
		PackagedReference reference = new PackagedReference();
		Validation validation = new DatasetValidator(dataset, new KnownIds(reference, nutsVersion),
				options.strictSizeClasses())
			.validate();
		logger.info("Validated " + dataset + " in " + millisSince(started) + " ms");
		boolean write = validation.valid() || options.skipInvalid();
		Map<String, Integer> rows = write ? validation.rowsPerFile() : Map.of();
		if (write) {
			long writing = System.nanoTime();
			BulkImport bulk = new BulkImport(neo4jHome);
			bulk.writeFiles(validation, reference, nutsVersion,
					marker(dataset, manifest, rows, validation.problems().size()));
			logger.info("Wrote the batch importer's files (the reference data and the ties included) in "
					+ millisSince(writing) + " ms");
			bulk.run();
		}
		ImportResult result = new ImportResult(write, rows, Map.of(), validation.problems(), validation.warnings(),
				Duration.ofNanos(System.nanoTime() - started));
		if (options.report() != null) {
			DatasetImporter.writeReport(options, result);
		}
		return result;
	}

	/** Streams every valid row of the dataset into the batch importer's files, a pass over each dataset file. */
	private void writeFiles(Validation validation, PackagedReference reference, int nutsVersion,
			Map<String, Object> marker) throws IOException {
		deleteWork();
		Files.createDirectories(this.work);
		Map<String, String> sections = reference.activitySections();

		// the reference data whole, as the reference data step would load it, with its marker
		new BulkReference(reference, this).write();
		nodes("Dataset", "id", List.of(marker));

		// memberships first: the clusters carry their member counts
		BulkTies ties = new BulkTies();
		Map<String, long[]> members = new HashMap<>();
		try (AdminCsvTable companies = links("MEMBER_OF", "Company", "Cluster");
				AdminCsvTable organisations = links("MEMBER_OF", "Organisation", "Cluster")) {
			validation.forEachValid(DatasetFile.MEMBERSHIPS, row -> {
				MembershipRow membership = (MembershipRow) row;
				boolean company = "Company".equals(membership.memberLabel());
				long[] counts = members.computeIfAbsent(membership.clusterId(), cluster -> new long[2]);
				counts[0]++;
				counts[1] += company ? 1 : 0;
				link(company ? companies : organisations, membership);
				ties.membership(membership.memberId(), membership.clusterId());
			});
		}
		try (AdminCsvTable clusters = nodes("Cluster"); AdminCsvTable seats = links("LOCATED_IN", "Cluster", "Region")) {
			validation.forEachValid(DatasetFile.CLUSTERS, row -> {
				Map<String, Object> p = seated(row.parameters());
				long[] counts = members.getOrDefault(((ClusterRow) row).id(), new long[2]);
				p.put("memberCount", counts[0]);
				p.put("companyCount", counts[1]);
				node(clusters, p);
				ties.cluster(((ClusterRow) row).id(), ((ClusterRow) row).synthetic(), counts[0]);
				seat(seats, p, nutsVersion);
			});
		}
		try (AdminCsvTable companies = nodes("Company"); AdminCsvTable seats = links("LOCATED_IN", "Company", "Region");
				AdminCsvTable activities = links("HAS_ACTIVITY", "Company", "Activity")) {
			validation.forEachValid(DatasetFile.COMPANIES, row -> {
				CompanyRow company = (CompanyRow) row;
				Map<String, Object> p = seated(row.parameters());
				p.put("nace", company.nace());
				p.put("naceSection", sections.get(company.nace()));
				node(companies, p);
				ties.member(company.id(), company.synthetic());
				seat(seats, p, nutsVersion);
				activities.row(List.of(company.id(), company.nace()), Map.of());
			});
		}
		try (AdminCsvTable organisations = nodes("Organisation");
				AdminCsvTable seats = links("LOCATED_IN", "Organisation", "Region")) {
			validation.forEachValid(DatasetFile.ORGANISATIONS, row -> {
				Map<String, Object> p = seated(row.parameters());
				node(organisations, p);
				seat(seats, p, nutsVersion);
				ties.member(((OrganisationRow) row).id(), ((OrganisationRow) row).synthetic());
			});
		}
		try (AdminCsvTable partnerships = nodes("Partnership");
				AdminCsvTable programmes = links("OF_PROGRAMME", "Partnership", "PartnershipProgramme")) {
			validation.forEachValid(DatasetFile.PARTNERSHIPS, row -> {
				PartnershipRow partnership = (PartnershipRow) row;
				node(partnerships, withProperties(row.parameters()));
				ties.partnership(partnership.id(), partnership.synthetic());
				if (reference.partnershipProgrammes().contains(partnership.programme())) {
					programmes.row(List.of(partnership.id(), partnership.programme()), Map.of());
				}
			});
		}
		try (AdminCsvTable values = nodes("IndicatorValue");
				AdminCsvTable indicators = links("HAS_INDICATOR", "Region", "IndicatorValue")) {
			validation.forEachValid(DatasetFile.INDICATORS, row -> {
				IndicatorRow indicator = (IndicatorRow) row;
				node(values, withProperties(row.parameters()));
				indicators.row(List.of(BulkReference.region(indicator.region(), nutsVersion), indicator.id()), Map.of());
			});
		}
		try (AdminCsvTable employs = links("EMPLOYS", "Region", "Activity")) {
			validation.forEachValid(DatasetFile.REGIONAL_ACTIVITY, row -> {
				RegionalActivityRow activity = (RegionalActivityRow) row;
				employs.row(List.of(BulkReference.region(activity.region(), nutsVersion), activity.division()),
						propertiesOf(row.parameters()));
			});
		}
		links(validation, DatasetFile.CLUSTER_ECOSYSTEMS, "IN_ECOSYSTEM", "Cluster", "Ecosystem");
		links(validation, DatasetFile.CLUSTER_STAGES, "CONTRIBUTES_TO", "Cluster", "Stage");
		links(validation, DatasetFile.COMPANY_STAGES, "ACTIVE_IN", "Company", "Stage");
		links(validation, DatasetFile.COOPERATIONS, "COOPERATES_WITH", "Company", "Company",
				link -> ties.link(link.from(), link.to()));
		links(validation, DatasetFile.SUPPLIES, "SUPPLIES", "Company", "Company", link -> ties.link(link.from(), link.to()));
		links(validation, DatasetFile.AGREEMENTS, "AGREEMENT_WITH", "Cluster", "Cluster",
				link -> ties.agreement(link.from(), link.to()));
		// stored from the cluster to the partnership, as merge-partnership-members does
		try (AdminCsvTable participations = links("PARTICIPATES_IN", "Cluster", "Partnership")) {
			validation.forEachValid(DatasetFile.PARTNERSHIP_MEMBERS, row -> {
				PartnershipMemberRow member = (PartnershipMemberRow) row;
				participations.row(List.of(member.clusterId(), member.partnershipId()), propertiesOf(row.parameters()));
				ties.participation(member.clusterId(), member.partnershipId());
			});
		}
		try (AdminCsvTable ecosystems = links("TARGETS", "Partnership", "Ecosystem");
				AdminCsvTable valueChains = links("TARGETS", "Partnership", "ValueChain")) {
			validation.forEachValid(DatasetFile.PARTNERSHIP_TARGETS, row -> {
				PartnershipTargetRow target = (PartnershipTargetRow) row;
				link("Ecosystem".equals(target.targetLabel()) ? ecosystems : valueChains, target);
			});
		}
		writeTies(ties);
	}

	/**
	 * The cooperation ties, derived as the start-up's tie step would derive them once the database runs, and the tie
	 * network's first version (mark-derived): that step then finds them and has nothing to do.
	 */
	private void writeTies(BulkTies ties) throws IOException {
		try (AdminCsvTable tied = links("TIED_WITH", "Cluster", "Cluster")) {
			ties.forEachTie(tie -> tied.row(List.of(tie.from(), tie.to()), tie.properties()));
		}
		nodes("TieNetwork", "id", List.of(props("id", "cluster-ties", "version", 1L, "derivedAt", ZonedDateTime.now())));
	}

	/** A relationship file whose rows' parameters are {@code from}, {@code to} and {@code properties}. */
	private void links(Validation validation, DatasetFile kind, String type, String from, String to)
			throws IOException {
		links(validation, kind, type, from, to, row -> {
		});
	}

	/** As above, each row also given to {@code also}. */
	private void links(Validation validation, DatasetFile kind, String type, String from, String to,
			Consumer<LinkRow> also) throws IOException {
		try (AdminCsvTable table = links(type, from, to)) {
			validation.forEachValid(kind, row -> {
				link(table, (LinkRow) row);
				also.accept((LinkRow) row);
			});
		}
	}

	private AdminCsvTable nodes(String label) throws IOException {
		return nodes(label, "id");
	}

	private AdminCsvTable nodes(String label, String idKey) throws IOException {
		return nodeTable(label, List.of(idKey + ":ID(" + label + ")"));
	}

	/** A node file whose key columns are given, such as {@code id:ID(Cluster)}. */
	AdminCsvTable nodeTable(String label, List<String> keyColumns) throws IOException {
		return table(new AdminCsvTable(this.work, "nodes-" + label, "--nodes=" + label, keyColumns, this.arguments));
	}

	/** A relationship file from the nodes of one label to those of another. */
	AdminCsvTable links(String type, String from, String to) throws IOException {
		return table(new AdminCsvTable(this.work, "relationships-" + type + "-" + from + "-" + to,
				"--relationships=" + type, List.of(":START_ID(" + from + ")", ":END_ID(" + to + ")"), this.arguments));
	}

	private AdminCsvTable table(AdminCsvTable table) {
		this.tables.add(table);
		return table;
	}

	/** A node table written whole. */
	private void nodes(String label, String idKey, List<Map<String, Object>> nodes) throws IOException {
		try (AdminCsvTable table = nodes(label, idKey)) {
			for (Map<String, Object> node : nodes) {
				Map<String, Object> properties = new HashMap<>(node);
				properties.remove(idKey);
				table.row(List.of((String) node.get(idKey)), properties);
			}
		}
	}

	private static void node(AdminCsvTable table, Map<String, Object> properties) {
		Map<String, Object> rest = new HashMap<>(properties);
		rest.remove("id");
		table.row(List.of((String) properties.get("id")), rest);
	}

	private static void seat(AdminCsvTable seats, Map<String, Object> node, int nutsVersion) {
		if (node.get("region") != null) {
			seats.row(List.of((String) node.get("id"), BulkReference.region((String) node.get("region"), nutsVersion)),
					Map.of());
		}
	}

	/** A relationship as the merge query writes it: its parameters' {@code from} and {@code to}, in that order. */
	private static void link(AdminCsvTable table, LinkRow row) {
		Map<String, Object> parameters = row.parameters();
		table.row(List.of((String) parameters.get("from"), (String) parameters.get("to")), propertiesOf(parameters));
	}

	/** Runs the batch importer on the files written, then removes them. */
	private void run() throws IOException {
		Path conf = Files.createDirectories(this.work.resolve("conf"));
		// multi-line fields make the importer read a file on one thread (all files: about 7 s more at full scale on
		// 2 cores, docs/decisions/0009-first-start.md), so only the files with a line break in a value are named
		List<String> multiline = this.tables.stream().filter(AdminCsvTable::multiline)
			.map(table -> table.body().toString())
			.toList();
		List<String> command = new ArrayList<>(List.of(DATABASE, "--skip-bad-relationships=false",
				"--report-file=" + this.work.resolve("import.report"), AdminCsvTable.ARRAY_DELIMITER_OPTION,
				"--threads=" + Runtime.getRuntime().availableProcessors()));
		if (!multiline.isEmpty()) {
			command.addAll(List.of("--multiline-fields-format=v2", "--multiline-fields=" + String.join(",", multiline)));
		}
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
		// the importer's own log, with the time of each of its stages, is kept beside the database's logs
		Path log = Files.createDirectories(this.home.resolve("logs")).resolve("batch-import.log");
		Files.move(this.work.resolve("import.log"), log, StandardCopyOption.REPLACE_EXISTING);
		logger.info("Batch import into a new store took " + millisSince(started) + " ms (its log: "
				+ log + ")");
		deleteWork();
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
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

	private static Map<String, Object> props(Object... namesAndValues) {
		Map<String, Object> p = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			p.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return p;
	}

	/** The marker {@code mark-dataset} writes when an import completes. */
	private static Map<String, Object> marker(Path dataset, Optional<JsonNode> manifest, Map<String, Integer> rows,
			int skipped) throws IOException {
		Map<String, Object> marker = new HashMap<>(DatasetImporter.markerProperties(dataset, manifest, rows, skipped));
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
