package eu.clustergraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvReader.CsvReaderBuilder;
import de.siegmar.fastcsv.reader.CsvRecord;
import eu.clustergraph.dataset.CsvRow;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.Findings;
import eu.clustergraph.dataset.Problem;

/**
 * Streams one dataset file, record by record, read defensively: bytes that are not UTF-8 (on any line of a record, a
 * multi-line field's too), a quote that never closes, a wrong header and a record with the wrong number of fields
 * each become a {@link Problem} with its line, and reading goes on. Only the record being assembled is held in
 * memory, never the file.
 * <p>
 * A quoted field may span lines, so a stray quote would swallow the records after it. Two signs tell one: the quote
 * is still open at the end of the file (or after {@value #MAX_RECORD_LINES} lines), or the record it makes spans lines
 * and has the wrong number of fields. Either way the line the quote opens on is reported and skipped, and the lines
 * after it are read again as records of their own, so every record that can be resynchronised is still read.
 */
final class CsvFile {

	/** Lines a quoted field may span before its quote is taken as never closed. */
	static final int MAX_RECORD_LINES = 1_000;

	/** Stray quotes after which the rest of a file is not read. */
	private static final int MAX_RESYNCHRONISATIONS = 1_000;

	private static final CsvReaderBuilder FIELDS = CsvReader.builder()
		.allowExtraFields(true)
		.allowMissingFields(true)
		.allowExtraCharsAfterClosingQuote(true);

	private final DatasetFile kind;

	private final Findings findings;

	private final Consumer<CsvRow> rows;

	private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	/** Lines to read again after a resynchronisation, before the next line of the stream. */
	private final Deque<Line> again = new ArrayDeque<>();

	private final List<Line> record = new ArrayList<>();

	private Map<String, Integer> columns;

	private boolean headerRead;

	/** Set by a wrong header or too many stray quotes: the rest of the file is not read. */
	private boolean stopped;

	private int resynchronisations;

	private CsvFile(DatasetFile kind, Findings findings, Consumer<CsvRow> rows) {
		this.kind = kind;
		this.findings = findings;
		this.rows = rows;
	}

	/**
	 * Hands every readable record of the file to {@code rows}, in file order, and reports what cannot be read to
	 * {@code findings}. A file that is absent reads as empty: a dataset need not have every kind.
	 */
	static void read(Path directory, DatasetFile kind, Findings findings, Consumer<CsvRow> rows) throws IOException {
		Path path = directory.resolve(kind.fileName());
		if (!Files.exists(path)) {
			return;
		}
		try (InputStream in = Files.newInputStream(path)) {
			new CsvFile(kind, findings, rows).parse(in);
		}
	}

	private void parse(InputStream in) throws IOException {
		LineReader lines = new LineReader(in);
		QuoteState quotes = new QuoteState();
		while (!this.stopped) {
			Line line = this.again.isEmpty() ? lines.next() : this.again.poll();
			if (line == null) {
				if (this.record.isEmpty()) {
					break;
				}
				unclosed(quotes);
				continue;
			}
			this.record.add(line);
			quotes.scan(line);
			if (!quotes.open()) {
				complete();
				quotes.reset();
			}
			else if (this.record.size() >= MAX_RECORD_LINES) {
				unclosed(quotes);
			}
		}
		if (!this.headerRead) {
			report(1, "the file is empty: it needs the header " + String.join(",", this.kind.header()));
		}
	}

	/** A quote stays open to the end of the file, or too long: its line is reported and skipped. */
	private void unclosed(QuoteState quotes) {
		long opened = quotes.openedOn();
		quotes.reset();
		report(opened, "a quoted field opens here and is never closed (unbalanced \"); the line is skipped and reading "
				+ "goes on at the next");
		List<Line> lines = List.copyOf(this.record);
		this.record.clear();
		resynchronise(lines, opened);
	}

	/** A record's lines but the skipped one are read again, as records of their own. */
	private void resynchronise(List<Line> lines, long skipped) {
		List<Line> rest = lines.stream().filter(line -> line.number() != skipped).toList();
		for (int i = rest.size() - 1; i >= 0; i--) {
			this.again.push(rest.get(i));
		}
		if (++this.resynchronisations >= MAX_RESYNCHRONISATIONS) {
			report(skipped, "more than " + MAX_RESYNCHRONISATIONS + " unbalanced quotes: the rest of the file is not read");
			this.stopped = true;
		}
	}

	/** The record assembled from {@link #record}'s lines, checked and handed on; a wrong header stops the file. */
	private void complete() {
		List<Line> lines = List.copyOf(this.record);
		this.record.clear();
		long first = lines.get(0).number();
		String text = (lines.size() == 1) ? lines.get(0).text()
				: lines.stream().map(Line::text).collect(Collectors.joining("\n"));
		CsvRecord fields = FIELDS.ofCsvRecord(text).stream().findFirst().orElse(null);
		if (!this.headerRead) {
			this.headerRead = true;
			this.stopped = !checkHeader(fields);
			return;
		}
		if (fields == null || (fields.getFieldCount() == 1 && fields.getField(0).isEmpty())) {
			return;
		}
		List<Line> bad = lines.stream().filter(Line::notUtf8).toList();
		if (!bad.isEmpty()) {
			for (Line line : bad) {
				report(line.number(), ((line.number() == first) ? "the line"
						: "this line, inside a quoted field of the record that starts on line " + first + ",")
						+ " is not valid UTF-8 (save the file as UTF-8; Latin-1 or Windows-1252 bytes found)");
			}
			return;
		}
		if (fields.getFieldCount() != this.kind.header().size()) {
			if (lines.size() == 1) {
				report(first, "expected " + this.kind.header().size() + " fields, found " + fields.getFieldCount());
				return;
			}
			// a quoted field that spans lines and leaves the wrong number of fields: most likely a stray quote
			report(first, "a quoted field opens here and runs over " + lines.size() + " lines into a record of "
					+ fields.getFieldCount() + " fields instead of " + this.kind.header().size()
					+ " (unbalanced \"?); the line is skipped and reading goes on at the next");
			resynchronise(lines, first);
			return;
		}
		this.rows.accept(new CsvRow(this.kind, first, fields.getFields().toArray(String[]::new), this.columns,
				this.findings));
	}

	private boolean checkHeader(CsvRecord record) {
		List<String> actual = (record == null) ? List.of() : record.getFields().stream().map(String::strip).toList();
		Set<String> missing = new HashSet<>(this.kind.header());
		missing.removeAll(actual);
		Set<String> unknown = new HashSet<>(actual);
		unknown.removeAll(this.kind.header());
		if (!missing.isEmpty() || !unknown.isEmpty() || actual.size() != this.kind.header().size()) {
			report(1, "wrong header: expected " + String.join(",", this.kind.header())
					+ (missing.isEmpty() ? "" : "; missing " + missing) + (unknown.isEmpty() ? "" : "; unknown " + unknown));
			return false;
		}
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < actual.size(); i++) {
			positions.put(actual.get(i), i);
		}
		this.columns = Map.copyOf(positions);
		return true;
	}

	private void report(long line, String reason) {
		this.findings.problem(new Problem(this.kind.fileName(), line, reason));
	}

	/** One physical line, without its {@code \n}, and whether its bytes were valid UTF-8. */
	private record Line(long number, String text, boolean notUtf8) {
	}

	/** Physical lines of a byte stream, decoded as UTF-8, each checked strictly. */
	private final class LineReader {

		private final InputStream in;

		private byte[] buffer = new byte[1 << 16];

		private int position;

		private int limit;

		private long number;

		private boolean ended;

		LineReader(InputStream in) {
			this.in = in;
		}

		Line next() throws IOException {
			int start = this.position;
			while (true) {
				for (int i = start; i < this.limit; i++) {
					if (this.buffer[i] == '\n') {
						Line line = line(this.position, i - this.position);
						this.position = i + 1;
						return line;
					}
				}
				int scanned = this.limit - this.position;
				if (this.ended || !fill()) {
					this.ended = true;
					if (this.position == this.limit) {
						return null;
					}
					Line line = line(this.position, this.limit - this.position);
					this.position = this.limit;
					return line;
				}
				start = scanned;
			}
		}

		/** Reads more bytes after the unread ones, moving them to the front (or growing for a long line). */
		private boolean fill() throws IOException {
			int unread = this.limit - this.position;
			if (unread == this.buffer.length) {
				this.buffer = Arrays.copyOf(this.buffer, this.buffer.length * 2);
			}
			else if (this.position > 0) {
				System.arraycopy(this.buffer, this.position, this.buffer, 0, unread);
			}
			this.position = 0;
			this.limit = unread;
			int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
			if (read <= 0) {
				return false;
			}
			this.limit += read;
			return true;
		}

		private Line line(int offset, int length) {
			this.number++;
			String text = new String(this.buffer, offset, length, StandardCharsets.UTF_8);
			// a replacement character means bad bytes, or one written on purpose: only then decode strictly
			boolean bad = text.indexOf('\uFFFD') >= 0 && !isUtf8(offset, length);
			if (this.number == 1 && text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			return new Line(this.number, text, bad);
		}

		private boolean isUtf8(int offset, int length) {
			try {
				CsvFile.this.strict.reset().decode(ByteBuffer.wrap(this.buffer, offset, length));
				return true;
			}
			catch (CharacterCodingException invalid) {
				return false;
			}
		}

	}

	/**
	 * Whether a quoted field is open at the end of the lines scanned so far: a quote opens a field only at its start,
	 * and {@code ""} inside one is an escaped quote.
	 */
	private static final class QuoteState {

		private boolean quoted;

		private boolean fieldStart = true;

		private long openedOn;

		void scan(Line line) {
			String text = line.text();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (this.quoted) {
					if (c == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							i++;
						}
						else {
							this.quoted = false;
						}
					}
				}
				else if (c == '"' && this.fieldStart) {
					this.quoted = true;
					this.openedOn = line.number();
				}
				this.fieldStart = !this.quoted && (c == ',' || c == '\r');
			}
			this.fieldStart = !this.quoted;
		}

		boolean open() {
			return this.quoted;
		}

		long openedOn() {
			return this.openedOn;
		}

		void reset() {
			this.quoted = false;
			this.fieldStart = true;
		}

	}

}
