package eu.clustergraph.dataset;

/**
 * One thing wrong with a dataset, where it is.
 *
 * @param file the file name
 * @param line the line the record starts on (1 is the header), 0 for the file as a whole
 * @param column the column name, or {@code null} for the whole row
 * @param columnNumber the column's position in the file's header, from 1; 0 for the whole row
 * @param reason what is wrong, in words a person can act on
 */
public record Problem(String file, long line, String column, int columnNumber, String reason) {

	/** A problem of a whole row or file. */
	public Problem(String file, long line, String reason) {
		this(file, line, null, 0, reason);
	}

	/** As a compiler writes it: {@code file:line:column [name]: reason}. */
	@Override
	public String toString() {
		return this.file + ((this.line > 0) ? ":" + this.line : "") + ((this.columnNumber > 0) ? ":" + this.columnNumber : "")
				+ ((this.column != null) ? " [" + this.column + "]" : "") + ": " + this.reason;
	}

}
