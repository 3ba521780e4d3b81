package eu.clustergraph.importer;

import java.nio.file.Path;

/**
 * How to import.
 *
 * @param directory the dataset directory
 * @param skipInvalid load the valid rows and report the rest, instead of loading nothing when anything is invalid
 * @param report where to write the machine-readable report (JSON), or {@code null} for none
 * @param nutsVersion the NUTS version of the region codes when the dataset has no manifest saying so
 * @param strictSizeClasses reject a company whose employees do not fit its size class, instead of a warning
 */
public record ImportOptions(Path directory, boolean skipInvalid, Path report, int nutsVersion,
		boolean strictSizeClasses) {

	/** Size classes that contradict the employee count are warnings. */
	public ImportOptions(Path directory, boolean skipInvalid, Path report, int nutsVersion) {
		this(directory, skipInvalid, report, nutsVersion, false);
	}

}
