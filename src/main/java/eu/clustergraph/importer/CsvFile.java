package eu.clustergraph.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import eu.clustergraph.dataset.DatasetFile;

/**
 * One dataset file, read defensively: bytes that are not UTF-8 (on any line of a record, a multi-line field's too), a
 * quote that is never closed (reading goes on at the next line), a wrong header and a row with the wrong number of
 * fields each become a {@link Problem} with its line, and the readable rows are kept.
 */
final class CsvFile {

	/** Stray quotes after which a file is no longer read on: each costs a pass over the file. */
	private static final int MAX_RESYNCHRONISATIONS = 100;

	final DatasetFile kind;

	final List<Row> rows = new ArrayList<>();

	final List<Problem> problems = new ArrayList<>();

	/** What is odd but loads: reported, never a reason to reject a row. */
	final List<Problem> warnings = new ArrayList<>();

	private final Map<String, Integer> columns = new HashMap<>();

	private CsvFile(DatasetFile kind) {
		this.kind = kind;
	}

	/** A file that is absent reads as empty: a dataset need not have every kind. */
	static CsvFile read(Path directory, DatasetFile kind) throws IOException {
		CsvFile file = new CsvFile(kind);
		Path path = directory.resolve(kind.fileName());
		if (Files.exists(path)) {
			file.parse(Files.readAllBytes(path));
		}
		return file;
	}

	String get(Row row, String column) {
		String value = row.fields()[this.columns.get(column)].strip();
		return value.isEmpty() ? null : value;
	}

	void problem(Row row, String column, String reason) {
		this.problems.add(at(row, column, reason));
	}

	void warning(Row row, String column, String reason) {
		this.warnings.add(at(row, column, reason));
	}

	private Problem at(Row row, String column, String reason) {
		Integer index = (column == null) ? null : this.columns.get(column);
		return new Problem(this.kind.fileName(), row.line(), column, (index == null) ? 0 : index + 1, reason);
	}

	private void parse(byte[] bytes) {
		Set<Long> badLines = nonUtf8Lines(bytes);
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		// a quote that never closes would swallow the rest of the file: report the line it opens on, blank that line
		// (the line numbers of the rest stay) and read on; every pass removes a quote, so this ends
		for (int pass = 0; pass < MAX_RESYNCHRONISATIONS; pass++) {
			long unclosed = unclosedQuoteLine(text);
			if (unclosed == 0) {
				break;
			}
			this.problems.add(new Problem(this.kind.fileName(), unclosed, "a quoted field opens here and is never "
					+ "closed (unbalanced \"); the line is skipped and reading goes on at the next"));
			text = blankLine(text, unclosed);
		}
		CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowExtraCharsAfterClosingQuote(true)
			.ofCsvRecord(text);
		boolean header = true;
		for (CsvRecord record : reader) {
			long line = record.getStartingLineNumber();
			if (header) {
				header = false;
				if (!checkHeader(record)) {
					return;
				}
				continue;
			}
			if (record.getFieldCount() == 1 && record.getField(0).isEmpty()) {
				continue;
			}
			List<Long> bad = badLinesOf(record, line, badLines);
			if (!bad.isEmpty()) {
				for (long badLine : bad) {
					this.problems.add(new Problem(this.kind.fileName(), badLine, ((badLine == line) ? "the line"
							: "this line, inside a quoted field of the record that starts on line " + line + ",")
							+ " is not valid UTF-8 (save the file as UTF-8; Latin-1 or Windows-1252 bytes found)"));
				}
				continue;
			}
			if (record.getFieldCount() != this.kind.header().size()) {
				this.problems.add(new Problem(this.kind.fileName(), line, "expected "
						+ this.kind.header().size() + " fields, found " + record.getFieldCount()));
				continue;
			}
			this.rows.add(new Row(line, record.getFields().toArray(String[]::new)));
		}
		if (header) {
			this.problems.add(new Problem(this.kind.fileName(), 1, "the file is empty: it needs the header "
					+ String.join(",", this.kind.header())));
		}
	}

	private boolean checkHeader(CsvRecord record) {
		List<String> actual = record.getFields().stream().map(String::strip).toList();
		Set<String> missing = new HashSet<>(this.kind.header());
		missing.removeAll(actual);
		Set<String> unknown = new HashSet<>(actual);
		unknown.removeAll(this.kind.header());
		if (!missing.isEmpty() || !unknown.isEmpty() || actual.size() != this.kind.header().size()) {
			this.problems.add(new Problem(this.kind.fileName(), 1, "wrong header: expected "
					+ String.join(",", this.kind.header()) + (missing.isEmpty() ? "" : "; missing " + missing)
					+ (unknown.isEmpty() ? "" : "; unknown " + unknown)));
			return false;
		}
		for (int i = 0; i < actual.size(); i++) {
			this.columns.put(actual.get(i), i);
		}
		return true;
	}

	/** The lines holding bytes that are not UTF-8; empty for a valid file, found without decoding twice. */
	static Set<Long> nonUtf8Lines(byte[] bytes) {
		Set<Long> lines = new HashSet<>();
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			strict.decode(ByteBuffer.wrap(bytes));
			return lines;
		}
		catch (CharacterCodingException invalid) {
			// locate every offending line below
		}
		long line = 1;
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				try {
					strict.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
				}
				catch (CharacterCodingException invalid) {
					lines.add(line);
				}
				line++;
				start = i + 1;
			}
		}
		return lines;
	}

	/** Every physical line of a record (a quoted field may span several) that holds bytes that are not UTF-8. */
	private static List<Long> badLinesOf(CsvRecord record, long first, Set<Long> badLines) {
		if (badLines.isEmpty()) {
			return List.of();
		}
		long last = first;
		for (String field : record.getFields()) {
			last += field.chars().filter(c -> c == '\n').count();
		}
		List<Long> bad = new ArrayList<>();
		for (long line = first; line <= last; line++) {
			if (badLines.contains(line)) {
				bad.add(line);
			}
		}
		return bad;
	}

	/** The text with one physical line emptied, its line break kept. */
	static String blankLine(String text, long line) {
		int start = startOfLine(text, line);
		int end = text.indexOf('\n', start);
		return text.substring(0, start) + ((end < 0) ? "" : text.substring(end));
	}

	/** The line where a quoted field opens and never closes, or 0. */
	static long unclosedQuoteLine(String text) {
		boolean quoted = false;
		long line = 1;
		long openedOn = 0;
		boolean fieldStart = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						i++;
					}
					else {
						quoted = false;
					}
				}
			}
			else if (c == '"' && fieldStart) {
				quoted = true;
				openedOn = line;
			}
			if (c == '\n') {
				line++;
			}
			fieldStart = !quoted && (c == ',' || c == '\n' || c == '\r');
		}
		return quoted ? openedOn : 0;
	}

	private static int startOfLine(String text, long line) {
		int index = 0;
		for (long current = 1; current < line; current++) {
			index = text.indexOf('\n', index) + 1;
		}
		return index;
	}

	/** A record and the line it starts on. */
	record Row(long line, String[] fields) {
	}

}
