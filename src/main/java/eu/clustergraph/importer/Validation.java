package eu.clustergraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import eu.clustergraph.dataset.CsvRow;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.DatasetRow;
import eu.clustergraph.dataset.Findings;
import eu.clustergraph.dataset.MembershipRow;
import eu.clustergraph.dataset.Problem;

/**
 * What validating a dataset found, and all it keeps to load the valid rows later: the valid node ids, the first line
 * of each invalid id, the lines of invalid rows and the count of valid rows per file. The rows themselves are read
 * again, streaming, by {@link #forEachValid}.
 */
final class Validation {

	private final Path directory;

	private final KnownIds known;

	private final boolean strictSizeClasses;

	private final Findings findings = new Findings();

	private final Map<DatasetFile, Set<String>> validIds = new EnumMap<>(DatasetFile.class);

	private final Map<DatasetFile, Map<String, Long>> invalidIds = new EnumMap<>(DatasetFile.class);

	private final Map<DatasetFile, Set<Long>> invalidLines = new EnumMap<>(DatasetFile.class);

	private final Map<DatasetFile, Integer> validRows = new EnumMap<>(DatasetFile.class);

	Validation(Path directory, KnownIds known, boolean strictSizeClasses) {
		this.directory = directory;
		this.known = known;
		this.strictSizeClasses = strictSizeClasses;
		for (DatasetFile kind : DatasetFile.values()) {
			this.validIds.put(kind, new HashSet<>());
			this.invalidIds.put(kind, new HashMap<>());
			this.invalidLines.put(kind, new HashSet<>());
			this.validRows.put(kind, 0);
		}
	}

	List<Problem> problems() {
		return this.findings.problems();
	}

	List<Problem> warnings() {
		return this.findings.warnings();
	}

	boolean valid() {
		return this.findings.problemCount() == 0;
	}

	/** Valid rows of a file. */
	int rows(DatasetFile kind) {
		return this.validRows.get(kind);
	}

	/** Valid rows per file name, in file order: what an import loads. */
	Map<String, Integer> rowsPerFile() {
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (DatasetFile kind : DatasetFile.values()) {
			rows.put(kind.fileName(), this.validRows.get(kind));
		}
		return rows;
	}

	/**
	 * Reads the file again and hands on its valid rows, in file order; a membership comes with its member's label.
	 * What is wrong was reported by the validation and is not reported twice.
	 */
	void forEachValid(DatasetFile kind, Consumer<DatasetRow> rows) {
		Set<Long> invalid = this.invalidLines.get(kind);
		try {
			CsvFile.read(this.directory, kind, new Findings(), csv -> {
				if (invalid.contains(csv.line())) {
					return;
				}
				DatasetRow row = kind.read(csv, this.strictSizeClasses);
				if (!csv.valid()) {
					throw new IllegalStateException(kind.fileName() + " line " + csv.line()
							+ " changed since it was validated");
				}
				rows.accept((row instanceof MembershipRow membership) ? membership.of(memberLabel(membership.memberId()))
						: row);
			});
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Cannot read " + this.directory.resolve(kind.fileName()), failure);
		}
	}

	Set<String> validIds(DatasetFile kind) {
		return this.validIds.get(kind);
	}

	Map<String, Long> invalidIds(DatasetFile kind) {
		return this.invalidIds.get(kind);
	}

	/** A node of the dataset whose row is valid, or one of the graph that the dataset does not redefine. */
	boolean isKnown(String id, DatasetFile kind) {
		return this.validIds.get(kind).contains(id)
				|| (!this.invalidIds.get(kind).containsKey(id) && this.known.existing(kind).contains(id));
	}

	/** {@code Company} or {@code Organisation} for a known member (a company first), or null. */
	String memberLabel(String id) {
		if (isKnown(id, DatasetFile.COMPANIES)) {
			return "Company";
		}
		return isKnown(id, DatasetFile.ORGANISATIONS) ? "Organisation" : null;
	}

	Path directory() {
		return this.directory;
	}

	Findings findings() {
		return this.findings;
	}

	boolean strictSizeClasses() {
		return this.strictSizeClasses;
	}

	/** Called for every row once checked. */
	void checked(DatasetFile kind, CsvRow row) {
		if (row.valid()) {
			this.validRows.merge(kind, 1, Integer::sum);
		}
		else {
			this.invalidLines.get(kind).add(row.line());
		}
	}

}
