package eu.clustergraph.dataset;

import java.util.List;
import java.util.Map;

/**
 * One record of a dataset file as read, with typed getters. A value that cannot be read (missing where required,
 * not a number, out of range, outside its value set) is reported as a {@link Problem} at the record's line and the
 * column's name and number, and read as null; a row with any problem is not loaded.
 */
public final class CsvRow {

	private final DatasetFile file;

	private final long line;

	private final String[] fields;

	private final Map<String, Integer> columns;

	private final Findings findings;

	private int problems;

	/**
	 * @param columns the position of each column in the file's header, which may order them differently from
	 * {@link DatasetFile#header()}
	 */
	public CsvRow(DatasetFile file, long line, String[] fields, Map<String, Integer> columns, Findings findings) {
		this.file = file;
		this.line = line;
		this.fields = fields;
		this.columns = columns;
		this.findings = findings;
	}

	public DatasetFile file() {
		return this.file;
	}

	/** The line the record starts on (the header is line 1). */
	public long line() {
		return this.line;
	}

	/** Whether no problem was reported for this row, by its getters or by {@link #problem}. */
	public boolean valid() {
		return this.problems == 0;
	}

	/** The value, stripped; null when empty. */
	public String text(String column) {
		Integer index = this.columns.get(column);
		if (index == null) {
			throw new IllegalArgumentException(this.file.fileName() + " has no column " + column);
		}
		String value = this.fields[index].strip();
		return value.isEmpty() ? null : value;
	}

	public String required(String column) {
		String value = text(column);
		if (value == null) {
			problem(column, "a value is required");
		}
		return value;
	}

	/** One of a closed value set, or null when empty. */
	public String oneOf(String column, List<String> values) {
		return checkedOneOf(column, text(column), values);
	}

	public String requiredOneOf(String column, List<String> values) {
		return checkedOneOf(column, required(column), values);
	}

	public Integer year(String column) {
		Long year = whole(column, 1800, 2100, "a year");
		return (year == null) ? null : year.intValue();
	}

	public Integer requiredYear(String column) {
		return present(column) ? year(column) : null;
	}

	public Long whole(String column, long min, long max) {
		return whole(column, min, max, "a whole number");
	}

	public Long requiredWhole(String column, long min, long max) {
		return present(column) ? whole(column, min, max) : null;
	}

	public Double decimal(String column, double min, double max) {
		String text = text(column);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			if (!(value >= min && value <= max)) {
				problem(column, "'" + text + "' is outside " + min + " to " + max);
				return null;
			}
			return value;
		}
		catch (NumberFormatException notANumber) {
			problem(column, "'" + text + "' is not a number");
			return null;
		}
	}

	public Double requiredDecimal(String column, double min, double max) {
		return present(column) ? decimal(column, min, max) : null;
	}

	/** {@code true} or {@code false} in any case; {@code fallback} when empty or unreadable. */
	public Boolean bool(String column, Boolean fallback) {
		String text = text(column);
		if (text == null) {
			return fallback;
		}
		if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
			problem(column, "'" + text + "' is not true or false");
			return fallback;
		}
		return Boolean.parseBoolean(text);
	}

	/** Reports a problem of this row, in a column or (column null) of the whole row; the row is not loaded. */
	public void problem(String column, String reason) {
		this.problems++;
		this.findings.problem(at(column, reason));
	}

	/** Reports something odd that loads as given. */
	public void warning(String column, String reason) {
		this.findings.warning(at(column, reason));
	}

	private Problem at(String column, String reason) {
		Integer index = (column == null) ? null : this.columns.get(column);
		return new Problem(this.file.fileName(), this.line, column, (index == null) ? 0 : index + 1, reason);
	}

	private boolean present(String column) {
		if (text(column) == null) {
			problem(column, "a value is required");
			return false;
		}
		return true;
	}

	private String checkedOneOf(String column, String value, List<String> values) {
		if (value != null && !values.contains(value)) {
			problem(column, "'" + value + "' is not one of " + values);
		}
		return value;
	}

	private Long whole(String column, long min, long max, String what) {
		Double value = decimal(column, min, max);
		if (value != null && value != Math.rint(value)) {
			problem(column, "'" + text(column) + "' is not " + what);
			return null;
		}
		return (value == null) ? null : value.longValue();
	}

}
