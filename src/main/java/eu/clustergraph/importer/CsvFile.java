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
 * One dataset file, read defensively: bytes that are not UTF-8, a quote that is never closed, a wrong header and a
 * row with the wrong number of fields each become a {@link Problem} with its line, and the readable rows are kept.
 */
final class CsvFile {

	final DatasetFile kind;

	final List<Row> rows = new ArrayList<>();

	final List<Problem> problems = new ArrayList<>();

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
		this.problems.add(new Problem(this.kind.fileName(), row.line(), column, reason));
	}

	private void parse(byte[] bytes) {
		Set<Long> badLines = nonUtf8Lines(bytes);
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		long unclosed = unclosedQuoteLine(text);
		if (unclosed > 0) {
			this.problems.add(new Problem(this.kind.fileName(), unclosed, null,
					"a quoted field opens here and is never closed (unbalanced \"); the rest of the file cannot be read"));
			text = text.substring(0, startOfLine(text, unclosed));
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
			if (badLines.contains(line)) {
				this.problems.add(new Problem(this.kind.fileName(), line, null,
						"the line is not valid UTF-8 (save the file as UTF-8; Latin-1 or Windows-1252 bytes found)"));
				continue;
			}
			if (record.getFieldCount() != this.kind.header().size()) {
				this.problems.add(new Problem(this.kind.fileName(), line, null, "expected "
						+ this.kind.header().size() + " fields, found " + record.getFieldCount()));
				continue;
			}
			this.rows.add(new Row(line, record.getFields().toArray(String[]::new)));
		}
		if (header) {
			this.problems.add(new Problem(this.kind.fileName(), 1, null, "the file is empty: it needs the header "
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
			this.problems.add(new Problem(this.kind.fileName(), 1, null, "wrong header: expected "
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
