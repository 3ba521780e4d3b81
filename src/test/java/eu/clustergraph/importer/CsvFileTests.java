package eu.clustergraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import eu.clustergraph.dataset.CsvRow;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTests {

	private static final String HEADER = "id,name,type,region,synthetic\n";

	@TempDir
	Path directory;

	private final Findings findings = new Findings();

	private final List<CsvRow> rows = new ArrayList<>();

	@Test
	void aStrayQuoteMidFileIsReportedAndEveryRecordAfterItIsStillRead() throws IOException {
		// the stray quote on line 3 would pair with the quote that opens line 5's name and swallow line 4
		read(HEADER + "OR1,First,RESEARCH,DE111,false\n" + "OR2,\"Stray,RESEARCH,DE111,false\n"
				+ "OR3,Third,RESEARCH,DE111,false\n" + "OR4,\"Fourth, with a comma\",RESEARCH,DE111,false\n"
				+ "OR5,Fifth,RESEARCH,DE111,false\n");

		assertThat(this.rows).extracting(row -> row.text("id") + "@" + row.line()).containsExactly("OR1@2", "OR3@4",
				"OR4@5", "OR5@6");
		assertThat(this.rows.get(2).text("name")).isEqualTo("Fourth, with a comma");
		assertThat(this.findings.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.toString()).startsWith("organisations.csv:3: a quoted field opens here"));
	}

	@Test
	void aQuoteStillOpenAtTheEndOfTheFileSkipsOnlyItsLine() throws IOException {
		read(HEADER + "OR1,\"Open,RESEARCH,DE111,false\n" + "OR2,Second,RESEARCH,DE111,false\n"
				+ "OR3,Third,RESEARCH,DE111,false");

		assertThat(this.rows).extracting(row -> row.text("id")).containsExactly("OR2", "OR3");
		assertThat(this.findings.problems()).extracting(Object::toString).containsExactly(
				"organisations.csv:2: a quoted field opens here and is never closed (unbalanced \"); the line is skipped "
						+ "and reading goes on at the next");
	}

	@Test
	void aMultiLineFieldKeepsItsLineBreakAndTheNextRecordItsLineNumber() throws IOException {
		read(HEADER + "OR1,\"Two\nlines\",RESEARCH,DE111,false\n" + "OR2,One,RESEARCH,DE111,false\n");

		assertThat(this.rows).extracting(row -> row.text("name") + "@" + row.line()).containsExactly("Two\nlines@2",
				"One@4");
		assertThat(this.findings.problems()).isEmpty();
	}

	@Test
	void bytesThatAreNotUtf8AreReportedOnEveryLineOfTheRecordThatHasThem() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes((HEADER + "OR1,\"M").getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("ü\nM".getBytes(StandardCharsets.ISO_8859_1));
		bytes.writeBytes("ü\nfine\",RESEARCH,DE111,false\nOR2,Ok,RESEARCH,DE111,false\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.write(this.directory.resolve("organisations.csv"), bytes.toByteArray());
		CsvFile.read(this.directory, DatasetFile.ORGANISATIONS, this.findings, this.rows::add);

		assertThat(this.rows).extracting(row -> row.text("id")).containsExactly("OR2");
		assertThat(this.findings.problems()).extracting(problem -> problem.line()).containsExactly(2L, 3L);
		assertThat(this.findings.problems().get(1).reason())
			.startsWith("this line, inside a quoted field of the record that starts on line 2, is not valid UTF-8");
	}

	@Test
	void aByteOrderMarkAndWindowsLineEndsAreRead() throws IOException {
		read("\uFEFF" + HEADER.replace("\n", "\r\n") + "OR1,First,RESEARCH,DE111,false\r\n");

		assertThat(this.rows).singleElement().satisfies(row -> assertThat(row.text("synthetic")).isEqualTo("false"));
		assertThat(this.findings.problems()).isEmpty();
	}

	@Test
	void aWrongHeaderStopsTheFileWithOneProblem() throws IOException {
		read("id,name,kind,region,synthetic\nOR1,First,RESEARCH,DE111,false\n");

		assertThat(this.rows).isEmpty();
		assertThat(this.findings.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.reason()).contains("missing [type]").contains("unknown [kind]"));
	}

	@Test
	void aRecordWithTheWrongNumberOfFieldsIsReportedAndSkipped() throws IOException {
		read(HEADER + "OR1,First,RESEARCH\nOR2,Second,RESEARCH,DE111,false\n");

		assertThat(this.rows).extracting(row -> row.text("id")).containsExactly("OR2");
		assertThat(this.findings.problems()).extracting(Object::toString)
			.containsExactly("organisations.csv:2: expected 5 fields, found 3");
	}

	@Test
	void aLongFileIsReadInChunksWithoutLosingALine() throws IOException {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 0; i < 20_000; i++) {
			text.append("OR").append(i).append(",Name ").append(i).append(",RESEARCH,DE111,false\n");
		}
		read(text.toString());

		assertThat(this.rows).hasSize(20_000);
		assertThat(this.rows.get(19_999).text("id")).isEqualTo("OR19999");
		assertThat(this.rows.get(19_999).line()).isEqualTo(20_001);
	}

	private void read(String text) throws IOException {
		Files.writeString(this.directory.resolve("organisations.csv"), text);
		CsvFile.read(this.directory, DatasetFile.ORGANISATIONS, this.findings, this.rows::add);
	}

}
