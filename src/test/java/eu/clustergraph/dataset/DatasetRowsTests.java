package eu.clustergraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DatasetRowsTests {

	private final Findings findings = new Findings();

	@Test
	void everyRowReadsBackAsTheRecordItWasWrittenFrom() {
		List<DatasetRow> rows = List.of(
				new ClusterRow("CL1", "Name, with comma", "NW", "Two\nlines", 2001, "ASSOCIATION", 2.5, "GOLD",
						"https://example.org", "DE111", true, "test"),
				new CompanyRow("CO1", "Firm", "GmbH", "SMALL", 12L, 1_250_000.0, 1999, true, "DE11", "27.20", 8.4321,
						49.1234, false),
				new OrganisationRow("OR1", "Lab", "RESEARCH", null, true),
				new PartnershipRow("PA1", "EUROCLUSTER", "Partnership", "SMP_COSME", 2022, 2024, true),
				new IndicatorRow("DE11", "RD_GDP", 2021, 3.125, "% of GDP", "synthetic", true),
				new RegionalActivityRow("DE11", "28", 12_000L, 140L, "synthetic", true),
				new MembershipRow("CO1", "CL1", 2015, null), new ClusterEcosystemRow("CL1", "MOB", true),
				new ClusterStageRow("CL1", "BAT-1"), new CompanyStageRow("CO1", "BAT-1"),
				new CooperationRow("CO2", "CO1", "PROJECT", 2020), new SupplyRow("CO1", "CO2", "BAT-2", 2019),
				new PartnershipMemberRow("PA1", "CL1", "COORDINATOR"), new PartnershipTargetRow("PA1", null, "BAT"),
				new AgreementRow("CL2", "CL1", "MOU", 2018));
		assertThat(rows).hasSize(DatasetFile.values().length);
		for (int i = 0; i < rows.size(); i++) {
			DatasetFile file = DatasetFile.values()[i];
			assertThat(file.read(row(file, rows.get(i).fields()), false)).isEqualTo(rows.get(i));
		}
		assertThat(this.findings.problems()).isEmpty();
	}

	@Test
	void decimalsAreWrittenAtTheScaleOfTheFormatFromTheirExactBinaryValue() {
		// 8.43215 is stored as 8.432150000000000034...: above the half, so up; 0.00005 as 0.0000500000000000000024...
		CompanyRow company = new CompanyRow("CO1", "Firm", null, "SMALL", 12L, 1_250_000.0, null, null, "DE11",
				"27.20", 8.43215, 0.00005, false);

		assertThat(company.fields()).containsExactly("CO1", "Firm", "", "SMALL", "12", "1250000", "", "", "DE11",
				"27.20", "8.4322", "0.0001", "false");
	}

	@Test
	void undirectedTiesAreStoredAndDeduplicatedSmallerIdFirst() {
		CooperationRow cooperation = new CooperationRow("CO9", "CO1", "PROJECT", null);

		assertThat(cooperation.parameters()).containsEntry("from", "CO1").containsEntry("to", "CO9");
		assertThat(cooperation.key()).isEqualTo(new CooperationRow("CO1", "CO9", "KNOWLEDGE", 2020).key());
		assertThat(new SupplyRow("CO9", "CO1", "S", null).key()).isNotEqualTo(new SupplyRow("CO1", "CO9", "S", null).key());
	}

	@Test
	void unreadableValuesAreProblemsAtTheirLineAndColumn() {
		CsvRow row = row(DatasetFile.COMPANIES, "CO1", "", "GmbH", "HUGE", "twelve", "", "1700", "maybe", "DE11",
				"27.20", "", "", "false");
		CompanyRow company = CompanyRow.read(row, false);

		assertThat(row.valid()).isFalse();
		assertThat(company.employees()).isNull();
		assertThat(this.findings.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
				"companies.csv:7:2 [name]: a value is required",
				"companies.csv:7:4 [size_class]: 'HUGE' is not one of [MICRO, SMALL, MEDIUM, LARGE]",
				"companies.csv:7:5 [employees]: 'twelve' is not a number",
				"companies.csv:7:7 [founded]: '1700' is outside 1800.0 to 2100.0",
				"companies.csv:7:8 [is_sme]: 'maybe' is not true or false");
	}

	@Test
	void aHeadcountOutsideTheSizeClassWarnsOrWithStrictnessIsAProblem() {
		String[] fields = { "CO1", "Firm", "", "MICRO", "40", "", "", "", "DE11", "27.20", "", "", "false" };
		CsvRow lenient = row(DatasetFile.COMPANIES, fields);
		CompanyRow.read(lenient, false);
		CsvRow strict = row(DatasetFile.COMPANIES, fields);
		CompanyRow.read(strict, true);

		assertThat(lenient.valid()).isTrue();
		assertThat(strict.valid()).isFalse();
		assertThat(this.findings.warnings()).singleElement()
			.satisfies(warning -> assertThat(warning.reason()).startsWith("40 employees do not fit size class MICRO (0 to 9)"));
	}

	@Test
	void aTargetNeedsExactlyOneOfEcosystemAndValueChain() {
		CsvRow both = row(DatasetFile.PARTNERSHIP_TARGETS, "PA1", "MOB", "BAT");
		PartnershipTargetRow.read(both);

		assertThat(both.valid()).isFalse();
		assertThat(new PartnershipTargetRow("PA1", "MOB", null).parameters()).containsEntry("label", "Ecosystem");
	}

	private CsvRow row(DatasetFile file, String... fields) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < file.header().size(); i++) {
			columns.put(file.header().get(i), i);
		}
		return new CsvRow(file, 7, fields, columns, this.findings);
	}

}
