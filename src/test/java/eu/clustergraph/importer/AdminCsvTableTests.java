package eu.clustergraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The batch importer's files as the bulk import writes them: lists, line breaks, and what they cannot hold. */
class AdminCsvTableTests {

	@TempDir
	Path work;

	private final List<String> arguments = new ArrayList<>();

	@Test
	void aListIsWrittenAsAStringArrayJoinedByTheUnitSeparatorSoASemicolonInAnIdIsKept() throws IOException {
		try (AdminCsvTable ties = ties()) {
			ties.row(List.of("CL1", "CL2"), Map.of("sampleFrom", List.of("CO1", "CO;2"), "strength", 0.25));
			assertThat(ties.multiline()).isFalse();
		}

		assertThat(Files.readString(this.work.resolve("ties-header.csv")))
			.isEqualTo(":START_ID(Cluster),:END_ID(Cluster),sampleFrom:string[],strength:double\n");
		assertThat(Files.readString(this.work.resolve("ties.csv"))).isEqualTo("CL1,CL2,CO1\u001fCO;2,0.25\n");
		assertThat(AdminCsvTable.ARRAY_DELIMITER_OPTION).isEqualTo("--array-delimiter=U+001F");
		assertThat(this.arguments).containsExactly("--relationships=TIED_WITH=" + this.work.resolve("ties-header.csv")
				+ "," + this.work.resolve("ties.csv"));
	}

	@Test
	void aValueWithALineBreakMarksTheFileAsMultiLine() throws IOException {
		try (AdminCsvTable ties = ties()) {
			ties.row(List.of("CL1", "CL2"), Map.of("note", "first\r\nsecond"));
			assertThat(ties.multiline()).isTrue();
		}
	}

	@Test
	void aListValueHoldingTheArrayDelimiterIsRefusedWithTheValue() throws IOException {
		try (AdminCsvTable ties = ties()) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ties.row(List.of("CL1", "CL2"), Map.of("sampleFrom", List.of("CO\u001f1"))))
				.withMessageContaining("'CO\u001f1'")
				.withMessageContaining("array delimiter (the control character U+001F)");
		}
	}

	private AdminCsvTable ties() throws IOException {
		return new AdminCsvTable(this.work, "ties", "--relationships=TIED_WITH",
				List.of(":START_ID(Cluster)", ":END_ID(Cluster)"), this.arguments);
	}

}
