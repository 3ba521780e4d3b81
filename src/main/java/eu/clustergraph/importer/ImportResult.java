package eu.clustergraph.importer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import did.
 *
 * @param written whether anything was written (false when the dataset was invalid and not skipped)
 * @param rows rows loaded per file
 * @param seconds time per file, for the benchmark
 * @param problems everything found wrong, by file and line
 * @param warnings what is odd but was loaded as given, by file and line
 * @param took wall time, validation included
 */
public record ImportResult(boolean written, Map<String, Integer> rows, Map<String, Double> seconds,
		List<Problem> problems, List<Problem> warnings, Duration took) {

	public String describe() {
		StringBuilder text = new StringBuilder();
		if (!this.warnings.isEmpty()) {
			text.append(this.warnings.size()).append(" warning(s):\n");
			this.warnings.stream().limit(20).forEach(warning -> text.append("  ").append(warning).append('\n'));
			if (this.warnings.size() > 20) {
				text.append("  ... and ").append(this.warnings.size() - 20).append(" more in the report file\n");
			}
		}
		if (!this.problems.isEmpty()) {
			text.append(this.problems.size()).append(" problem(s) found:\n");
			this.problems.stream().limit(200).forEach(problem -> text.append("  ").append(problem).append('\n'));
			if (this.problems.size() > 200) {
				text.append("  ... and ").append(this.problems.size() - 200).append(" more in the report file\n");
			}
		}
		if (!this.written) {
			return text.append("Nothing was imported: fix the problems above, or pass --skip-invalid to load the valid rows.")
				.toString();
		}
		text.append("Imported in ").append(this.took.toMillis()).append(" ms:");
		this.rows.forEach((file, count) -> text.append(String.format(Locale.ROOT, "%n  %-26s %,10d rows %8.1f s", file, count,
				this.seconds.getOrDefault(file, 0.0))));
		return text.toString();
	}

}
