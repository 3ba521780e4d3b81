package eu.clustergraph.importer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.clustergraph.dataset.Problem;

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
		list(text, this.warnings, "warning(s):", 20);
		list(text, this.problems, "problem(s) found:", 200);
		if (!this.written && this.problems.isEmpty()) {
			text.append("Valid, nothing written; it would load:");
			appendRows(text);
			return text.toString();
		}
		if (!this.written) {
			return text.append("Nothing was imported: fix the problems above, or pass --skip-invalid to load the valid rows.")
				.toString();
		}
		text.append("Imported in ").append(this.took.toMillis()).append(" ms:");
		appendRows(text);
		return text.toString();
	}

	private void appendRows(StringBuilder text) {
		this.rows.forEach((file, count) -> text.append(String.format(Locale.ROOT, "%n  %-26s %,10d rows", file, count))
			.append(this.seconds.containsKey(file) ? String.format(Locale.ROOT, " %8.1f s", this.seconds.get(file)) : ""));
	}

	/** The first {@code limit} of some problems or warnings, one per line; the report file holds them all. */
	private static void list(StringBuilder text, List<Problem> items, String title, int limit) {
		if (items.isEmpty()) {
			return;
		}
		text.append(items.size()).append(' ').append(title).append('\n');
		items.stream().limit(limit).forEach(item -> text.append("  ").append(item).append('\n'));
		if (items.size() > limit) {
			text.append("  ... and ").append(items.size() - limit).append(" more in the report file\n");
		}
	}

}
