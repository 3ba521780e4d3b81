package eu.clustergraph.reference;

import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.NamedCsvRecord;

/** One row of a reference file (packaged, so trusted; still checked), with typed accessors whose errors name the file, line and column. */
public record ReferenceRow(String file, NamedCsvRecord record) {

	public long line() {
		return this.record.getStartingLineNumber();
	}

	/** The trimmed value, or {@code null} when the field is empty. */
	public String text(String column) {
		String value = this.record.findField(column)
			.orElseThrow(() -> problem(column, "the column is missing from the header"))
			.strip();
		return value.isEmpty() ? null : value;
	}

	public String required(String column) {
		String value = text(column);
		if (value == null) {
			throw problem(column, "a value is required");
		}
		return value;
	}

	public Integer integer(String column) {
		String value = text(column);
		try {
			return (value == null) ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException failure) {
			throw problem(column, "'" + value + "' is not a whole number");
		}
	}

	public Double decimal(String column) {
		String value = text(column);
		try {
			return (value == null) ? null : Double.valueOf(value);
		}
		catch (NumberFormatException failure) {
			throw problem(column, "'" + value + "' is not a number");
		}
	}

	/** A {@code ;}-separated list; empty when the field is empty. */
	public List<String> list(String column) {
		String value = text(column);
		return (value == null) ? List.of()
				: Arrays.stream(value.split(";")).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}

	public IllegalStateException problem(String column, String reason) {
		return new IllegalStateException(
				"reference/" + this.file + " line " + line() + ", column '" + column + "': " + reason);
	}

}
