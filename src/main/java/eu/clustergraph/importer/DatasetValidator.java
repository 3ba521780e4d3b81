package eu.clustergraph.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import eu.clustergraph.dataset.ClusterRow;
import eu.clustergraph.dataset.CompanyRow;
import eu.clustergraph.dataset.CsvRow;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.DatasetRow;
import eu.clustergraph.dataset.Findings;
import eu.clustergraph.dataset.IndicatorRow;
import eu.clustergraph.dataset.LinkRow;
import eu.clustergraph.dataset.NodeRow;
import eu.clustergraph.dataset.OrganisationRow;
import eu.clustergraph.dataset.PartnershipTargetRow;
import eu.clustergraph.dataset.RegionalActivityRow;
import eu.clustergraph.dataset.SupplyRow;

/**
 * Checks a whole dataset before anything is written, streaming each file: what each row says on its own is read and
 * checked by its record ({@link DatasetFile#read}); this class checks what holds across files and against the
 * graph: unique ids and pairs, NUTS, NACE and value-chain codes of the reference data, and references that point
 * nowhere (an id neither in the dataset nor in the graph, or one whose own row is invalid). Node files are read
 * first, keeping only their ids; relationship files after, keeping only their pairs' keys, file by file.
 */
final class DatasetValidator {

	/** A NACE Rev. 2 class, the level a company's activity is given at. */
	private static final Pattern NACE_CLASS = Pattern.compile("\\d{2}\\.\\d{2}");

	static final List<DatasetFile> NODE_FILES = List.of(DatasetFile.CLUSTERS, DatasetFile.COMPANIES,
			DatasetFile.ORGANISATIONS, DatasetFile.PARTNERSHIPS);

	private static final List<DatasetFile> LINK_FILES = List.of(DatasetFile.MEMBERSHIPS, DatasetFile.CLUSTER_ECOSYSTEMS,
			DatasetFile.CLUSTER_STAGES, DatasetFile.COMPANY_STAGES, DatasetFile.COOPERATIONS, DatasetFile.SUPPLIES,
			DatasetFile.PARTNERSHIP_MEMBERS, DatasetFile.PARTNERSHIP_TARGETS, DatasetFile.AGREEMENTS);

	private final Validation validation;

	private final KnownIds known;

	DatasetValidator(Path directory, KnownIds known, boolean strictSizeClasses) {
		this.known = known;
		this.validation = new Validation(directory, known, strictSizeClasses);
	}

	Validation validate() throws IOException {
		for (DatasetFile kind : NODE_FILES) {
			nodes(kind);
		}
		keyed(DatasetFile.INDICATORS, (row, line) -> indicator((IndicatorRow) row, line));
		keyed(DatasetFile.REGIONAL_ACTIVITY, (row, line) -> regionalActivity((RegionalActivityRow) row, line));
		if (this.known.hasGraph()) {
			this.known.resolveExisting(referencedElsewhere());
		}
		for (DatasetFile kind : LINK_FILES) {
			links(kind);
		}
		return this.validation;
	}

	/** A node file: its ids unique, its codes known; keeps the valid ids and the first line of each invalid one. */
	private void nodes(DatasetFile kind) throws IOException {
		Map<String, Long> firstLine = new HashMap<>();
		Set<String> ids = this.validation.validIds(kind);
		Map<String, Long> invalid = this.validation.invalidIds(kind);
		read(kind, (row, csv) -> {
			NodeRow node = (NodeRow) row;
			if (node instanceof ClusterRow cluster) {
				seat(csv, cluster.region());
			}
			else if (node instanceof CompanyRow company) {
				seat(csv, company.region());
				activity(csv, company.nace());
			}
			else if (node instanceof OrganisationRow organisation) {
				seat(csv, organisation.region());
			}
			String id = node.id();
			if (id != null) {
				Long first = firstLine.putIfAbsent(id, csv.line());
				if (first != null) {
					csv.problem("id", "duplicate id '" + id + "' (first on line " + first + ")");
				}
			}
			if (csv.valid()) {
				ids.add(id);
			}
			else if (id != null && !ids.contains(id)) {
				invalid.putIfAbsent(id, csv.line());
			}
		});
	}

	private Key indicator(IndicatorRow row, CsvRow csv) {
		region(csv, "region", row.region());
		return new Key(row.id(), "indicator value " + row.id());
	}

	private Key regionalActivity(RegionalActivityRow row, CsvRow csv) {
		String region = row.region();
		region(csv, "region", region);
		if (region != null && region.length() != 4) {
			csv.problem("region", "'" + region + "' is a NUTS " + (region.length() - 2)
					+ " code; regional activity is by NUTS 2 region (four characters, such as DE11)");
		}
		String division = row.division();
		if (division != null && !(division.length() == 2 && this.known.activities().contains(division))) {
			csv.problem("division", "'" + division + "' is not a NACE Rev. 2 division (two digits, such as 28)");
		}
		return new Key(region + " " + division, "regional activity for " + region + " and division " + division);
	}

	/** A file of values keyed by region: codes known, one row per key. */
	private void keyed(DatasetFile kind, KeyCheck check) throws IOException {
		Map<String, Long> seen = new HashMap<>();
		read(kind, (row, csv) -> {
			Key key = check.key(row, csv);
			Long first = seen.putIfAbsent(key.value(), csv.line());
			if (first != null) {
				csv.problem(null, "duplicate " + key.described() + " (first on line " + first + ")");
			}
		});
	}

	/**
	 * A relationship file: its first column references a node, its second a node or a reference code; no tie from a
	 * node to itself, no duplicate pair ({@link LinkRow#key()}).
	 */
	private void links(DatasetFile kind) throws IOException {
		String fromColumn = kind.header().get(0);
		String toColumn = kind.header().get(1);
		Map<String, Long> seen = new HashMap<>();
		read(kind, (row, csv) -> {
			LinkRow link = (LinkRow) row;
			switch (kind) {
				case MEMBERSHIPS -> {
					if (link.from() != null && this.validation.memberLabel(link.from()) == null) {
						csv.problem(fromColumn,
								danglingMessage(link.from(), DatasetFile.COMPANIES, DatasetFile.ORGANISATIONS));
					}
					reference(csv, toColumn, link.to(), DatasetFile.CLUSTERS);
				}
				case CLUSTER_ECOSYSTEMS -> {
					reference(csv, fromColumn, link.from(), DatasetFile.CLUSTERS);
					code(csv, toColumn, link.to(), this.known.ecosystems(), "ecosystem");
				}
				case CLUSTER_STAGES -> {
					reference(csv, fromColumn, link.from(), DatasetFile.CLUSTERS);
					code(csv, toColumn, link.to(), this.known.stages(), "value-chain stage");
				}
				case COMPANY_STAGES -> {
					reference(csv, fromColumn, link.from(), DatasetFile.COMPANIES);
					code(csv, toColumn, link.to(), this.known.stages(), "value-chain stage");
				}
				case COOPERATIONS -> companies(csv, link, fromColumn, toColumn);
				case SUPPLIES -> {
					companies(csv, link, fromColumn, toColumn);
					code(csv, "stage_id", ((SupplyRow) link).stageId(), this.known.stages(), "value-chain stage");
				}
				case PARTNERSHIP_MEMBERS -> {
					reference(csv, fromColumn, link.from(), DatasetFile.PARTNERSHIPS);
					reference(csv, toColumn, link.to(), DatasetFile.CLUSTERS);
				}
				case PARTNERSHIP_TARGETS -> {
					PartnershipTargetRow target = (PartnershipTargetRow) link;
					reference(csv, fromColumn, link.from(), DatasetFile.PARTNERSHIPS);
					if (target.ecosystemId() != null && target.valueChainId() == null) {
						code(csv, "ecosystem_id", target.ecosystemId(), this.known.ecosystems(), "ecosystem");
					}
					else if (target.valueChainId() != null && target.ecosystemId() == null) {
						code(csv, "value_chain_id", target.valueChainId(), this.known.valueChains(), "value chain");
					}
				}
				case AGREEMENTS -> {
					reference(csv, fromColumn, link.from(), DatasetFile.CLUSTERS);
					reference(csv, toColumn, link.to(), DatasetFile.CLUSTERS);
					selfTie(csv, link, toColumn);
				}
				default -> throw new IllegalStateException("not a relationship file: " + kind);
			}
			if (csv.valid()) {
				Long first = seen.putIfAbsent(link.key(), csv.line());
				if (first != null) {
					csv.problem(null, duplicateMessage(kind, link, first));
				}
			}
		});
	}

	private void companies(CsvRow csv, LinkRow link, String fromColumn, String toColumn) {
		reference(csv, fromColumn, link.from(), DatasetFile.COMPANIES);
		reference(csv, toColumn, link.to(), DatasetFile.COMPANIES);
		selfTie(csv, link, toColumn);
	}

	private static void selfTie(CsvRow csv, LinkRow link, String toColumn) {
		if (link.from() != null && link.from().equals(link.to())) {
			csv.problem(toColumn, "a tie from " + link.from() + " to itself");
		}
	}

	private static String duplicateMessage(DatasetFile kind, LinkRow link, long first) {
		return switch (kind) {
			case MEMBERSHIPS -> "duplicate membership of " + link.from() + " in " + link.to();
			case PARTNERSHIP_TARGETS -> "duplicate target";
			default -> "duplicate of line " + first + " (" + link.from() + ", " + link.to() + ")";
		};
	}

	private void reference(CsvRow csv, String column, String id, DatasetFile kind) {
		if (id != null && !this.validation.isKnown(id, kind)) {
			csv.problem(column, danglingMessage(id, kind));
		}
	}

	private static void code(CsvRow csv, String column, String code, Set<String> codes, String what) {
		if (code != null && !codes.contains(code)) {
			csv.problem(column, "unknown " + what + " '" + code + "'");
		}
	}

	private String danglingMessage(String id, DatasetFile... kinds) {
		for (DatasetFile kind : kinds) {
			Long line = this.validation.invalidIds(kind).get(id);
			if (line != null) {
				return "references '" + id + "', whose row is invalid (" + kind.fileName() + " line " + line + ")";
			}
		}
		return "references '" + id + "', which is in neither " + kinds[0].fileName()
				+ ((kinds.length > 1) ? " nor " + kinds[1].fileName() : "") + " nor the graph";
	}

	/**
	 * Ids referenced by relationship files that the dataset's own node files do not have, to be asked of the graph:
	 * one more pass over those files, reading only their two id columns.
	 */
	private Map<DatasetFile, Set<String>> referencedElsewhere() throws IOException {
		Map<DatasetFile, Set<String>> wanted = new EnumMap<>(DatasetFile.class);
		NODE_FILES.forEach(kind -> wanted.put(kind, new HashSet<>()));
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

	private void collect(Map<DatasetFile, Set<String>> wanted, DatasetFile kind, String column, DatasetFile... targets)
			throws IOException {
		// what cannot be read is reported by the checking pass, not twice
		CsvFile.read(this.validation.directory(), kind, new Findings(), row -> {
			String id = row.text(column);
			if (id != null) {
				for (DatasetFile target : targets) {
					if (!this.validation.validIds(target).contains(id)
							&& !this.validation.invalidIds(target).containsKey(id)) {
						wanted.get(target).add(id);
					}
				}
			}
		});
	}

	/**
	 * Where a cluster, company or organisation is: a NUTS 2 or NUTS 3 region of the dataset's version (the API groups
	 * by {@code substring(region, 0, 4)} as NUTS 2, so a country or NUTS 1 code would be grouped wrongly). Regions of
	 * countries outside the EU27 (EFTA, candidates) are accepted; their {@code Region.eu} is false.
	 */
	private void seat(CsvRow csv, String code) {
		region(csv, "region", code);
		if (code != null && this.known.regions().contains(code) && code.length() < 4) {
			csv.problem("region", "'" + code + "' is a " + ((code.length() == 2) ? "country" : "NUTS 1")
					+ " code; give the NUTS 2 or NUTS 3 region of the seat (four or five characters, such as DE11 or DE111)");
		}
	}

	private void activity(CsvRow csv, String nace) {
		if (nace != null && !this.known.activities().contains(nace)) {
			csv.problem("nace", "unknown NACE Rev. 2 code '" + nace + "'");
		}
		else if (nace != null && !NACE_CLASS.matcher(nace).matches()) {
			csv.problem("nace", "'" + nace + "' is a NACE Rev. 2 " + naceLevel(nace)
					+ "; a company needs its class (four digits, such as 27.20)");
		}
	}

	private static String naceLevel(String code) {
		if (code.length() == 1) {
			return "section";
		}
		return (code.length() == 2) ? "division" : "group";
	}

	private void region(CsvRow csv, String column, String code) {
		if (code != null && !this.known.regions().contains(code)) {
			csv.problem(column, "unknown NUTS " + this.known.nutsVersion() + " region code '" + code + "'");
		}
	}

	/** Streams a file's typed rows to a check; a row with any problem is remembered by its line. */
	private void read(DatasetFile kind, BiConsumer<DatasetRow, CsvRow> check) throws IOException {
		CsvFile.read(this.validation.directory(), kind, this.validation.findings(), csv -> {
			DatasetRow row = kind.read(csv, this.validation.strictSizeClasses());
			check.accept(row, csv);
			this.validation.checked(kind, csv);
		});
	}

	@FunctionalInterface
	private interface KeyCheck {

		/** Checks the row's codes and returns the key it must be unique by. */
		Key key(DatasetRow row, CsvRow csv);

	}

	/** What a row must be unique by, and how a duplicate's message names it. */
	private record Key(String value, String described) {
	}

}
