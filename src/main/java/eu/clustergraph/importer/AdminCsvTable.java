package eu.clustergraph.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * One input of the batch importer in neo4j-admin CSV, written as its rows stream past: the body first, the header
 * (with each property's type, from its first value) in a file of its own once the body is complete, as
 * {@code --nodes=Label=header.csv,body.csv} allows. The property columns are those of the first row, sorted; an empty
 * field is no property, as a null is for {@code SET +=} (so an empty list cannot be written: leave it out, null).
 */
final class AdminCsvTable implements AutoCloseable {

	/**
	 * Between the elements of a list value: the unit separator, which no id or name holds, instead of the importer's
	 * default ';', which a dataset id may hold (a tie's sample of company ids would then have failed the import after
	 * validation passed). {@link #ARRAY_DELIMITER_OPTION} tells the importer.
	 */
	static final char ARRAY_DELIMITER = '\u001f';

	/** The importer's option naming {@link #ARRAY_DELIMITER}. */
	static final String ARRAY_DELIMITER_OPTION = "--array-delimiter=U+001F";

	private final Path header;

	private final Path body;

	private final String option;

	private final List<String> keyColumns;

	private final CsvWriter writer;

	private final List<String> fields = new ArrayList<>();

	private final Map<String, String> types = new HashMap<>();

	private final List<String> arguments;

	private List<String> properties;

	private long rows;

	private boolean multiline;

	/**
	 * @param option {@code --nodes=Label} or {@code --relationships=TYPE}
	 * @param keyColumns such as {@code id:ID(Cluster)}, or {@code :START_ID(Company)} and {@code :END_ID(Cluster)}
	 * @param arguments the importer's arguments, which this table's option joins once it has rows
	 */
	AdminCsvTable(Path work, String name, String option, List<String> keyColumns, List<String> arguments)
			throws IOException {
		this.header = work.resolve(name + "-header.csv");
		this.body = work.resolve(name + ".csv");
		this.option = option;
		this.keyColumns = keyColumns;
		this.arguments = arguments;
		this.writer = writer(this.body);
	}

	/** A row: its key columns' values, then its properties. */
	void row(List<String> keys, Map<String, Object> properties) {
		if (this.properties == null) {
			this.properties = List.copyOf(new TreeSet<>(properties.keySet()));
		}
		this.fields.clear();
		this.fields.addAll(keys);
		for (String key : this.properties) {
			Object value = properties.get(key);
			if (value != null) {
				this.types.putIfAbsent(key, type(value));
			}
			this.fields.add(text(value));
		}
		for (String field : this.fields) {
			this.multiline |= field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
		}
		this.writer.writeRecord(this.fields);
		this.rows++;
	}

	/** The file of the rows. */
	Path body() {
		return this.body;
	}

	/** Whether a value written has a line break, which the importer then has to be told of. */
	boolean multiline() {
		return this.multiline;
	}

	@Override
	public void close() throws IOException {
		this.writer.close();
		if (this.rows == 0) {
			return;
		}
		List<String> columns = new ArrayList<>(this.keyColumns);
		this.properties.forEach(key -> columns.add(key + this.types.getOrDefault(key, "")));
		try (CsvWriter headerWriter = writer(this.header)) {
			headerWriter.writeRecord(columns);
		}
		this.arguments.add(this.option + "=" + this.header + "," + this.body);
	}

	private static CsvWriter writer(Path file) throws IOException {
		return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
	}

	/** The neo4j-admin type of a value: whole numbers are Cypher integers (64 bits). */
	private static String type(Object value) {
		if (value instanceof Integer || value instanceof Long) {
			return ":long";
		}
		if (value instanceof Double || value instanceof Float) {
			return ":double";
		}
		if (value instanceof Boolean) {
			return ":boolean";
		}
		if (value instanceof ZonedDateTime) {
			return ":datetime";
		}
		if (value instanceof List) {
			return ":string[]";
		}
		return "";
	}

	/** A list of strings in the importer's array syntax; a list is never empty here. */
	private static String array(List<?> list) {
		for (Object element : list) {
			if (element.toString().indexOf(ARRAY_DELIMITER) >= 0) {
				throw new IllegalArgumentException("A list property's value '" + element + "' contains the batch "
						+ "importer's array delimiter (the control character U+001F)");
			}
		}
		return String.join(String.valueOf(ARRAY_DELIMITER), list.stream().map(Object::toString).toList());
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof ZonedDateTime time) {
			return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		if (value instanceof List<?> list) {
			return array(list);
		}
		return value.toString();
	}

}
