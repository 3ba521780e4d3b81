package eu.clustergraph.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetImportIT extends EmbeddedGraph {

	private static final String HEADER_CLUSTERS = "id,name,acronym,description,founded,legal_form,staff_fte,excellence_label,website,region,synthetic,source\n";

	private static final String HEADER_COMPANIES = "id,name,legal_form,size_class,employees,turnover_eur,founded,is_sme,region,nace,lon,lat,synthetic\n";

	private static final String LONG_TEXT = "Cluster « développement » ".repeat(4_000);

	@Autowired
	DatasetImporter importer;

	@Autowired
	Driver driver;

	@TempDir
	Path directory;

	@AfterEach
	void removeTestData() {
		write("MATCH (n) WHERE (n:Cluster OR n:Company OR n:Organisation) AND n.id STARTS WITH 'T' DETACH DELETE n");
		write("MATCH (d:Dataset) WHERE d.directory STARTS WITH $tmp DELETE d", Map.of("tmp", this.directory.toString()));
	}

	@Test
	void firstStartBootstrappedTheFiveThousandCompanyPreset() {
		assertThat(count("MATCH (c:Company) WHERE c.id STARTS WITH 'CO' RETURN count(c) AS count")).isEqualTo(5_000);
		assertThat(count("MATCH (c:Cluster) WHERE c.id STARTS WITH 'CL' RETURN count(c) AS count")).isEqualTo(35);
		assertThat(count("MATCH (:Cluster)<-[m:MEMBER_OF]-() RETURN count(m) AS count")).isEqualTo(35 * 170);
		assertThat(count("MATCH (c:Company) WHERE NOT (c)-[:LOCATED_IN]->(:Region {level: 3}) RETURN count(c) AS count"))
			.isZero();
		assertThat(count("MATCH (c:Company) WHERE NOT (c)-[:HAS_ACTIVITY]->(:Activity {level: 4}) RETURN count(c) AS count"))
			.isZero();
		assertThat(count("MATCH (d:Dataset {id: 'synthetic-5000-20240507'}) RETURN count(d) AS count")).isEqualTo(1);
		// regional activity: every NUTS 2 region with NUTS 3 children (242 in NUTS 2021) times the 88 divisions
		assertThat(count("MATCH (:Region {level: 2})-[e:EMPLOYS]->(:Activity {level: 2}) RETURN count(e) AS count"))
			.isEqualTo(242 * 88);
	}

	@Test
	void regionalActivityOutsideNuts2AndNaceDivisionsIsRejectedByLineAndColumn() throws IOException {
		Files.writeString(this.directory.resolve("regional_activity.csv"),
				"region,division,employees,establishments,source,synthetic\n"
						+ "DE11,28,41000,900,test,true\n" // valid, and not written with the rest
						+ "DE111,28,100,5,test,true\n" // line 3: a NUTS 3 code
						+ "DE12,28.1,100,5,test,true\n" // line 4: a NACE group
						+ "DE12,29,-4,5,test,true\n" // line 5: negative employees
						+ "DE12,30,10,,test,true\n" // line 6: no establishments
						+ "DE11,28,41000,900,test,true\n"); // line 7: the pair again
		Map<String, Long> before = census();
		long employees = count("MATCH (:Region {code: 'DE11'})-[e:EMPLOYS]->(:Activity {code: '28'}) RETURN e.employees AS count");
		ImportResult result = this.importer.importDataset(new ImportOptions(this.directory, false, null, 2021));

		assertThat(result.written()).isFalse();
		assertThat(census()).isEqualTo(before);
		assertThat(count("MATCH (:Region {code: 'DE11'})-[e:EMPLOYS]->(:Activity {code: '28'}) RETURN e.employees AS count"))
			.isEqualTo(employees);
		assertThat(result.problems()).extracting(Object::toString)
			.containsExactly(
					"regional_activity.csv:3:1 [region]: 'DE111' is a NUTS 3 code; regional activity is by NUTS 2 region (four characters, such as DE11)",
					"regional_activity.csv:4:2 [division]: '28.1' is not a NACE Rev. 2 division (two digits, such as 28)",
					"regional_activity.csv:5:3 [employees]: '-4' is outside 0.0 to 1.0E8",
					"regional_activity.csv:6:4 [establishments]: a value is required",
					"regional_activity.csv:7: duplicate regional activity for DE11 and division 28 (first on line 2)");
	}

	@Test
	void importingTheSameDatasetAgainChangesNothing() throws IOException {
		Path bootstrapped = Path.of(this.driver.executableQuery("MATCH (d:Dataset {id: 'synthetic-5000-20240507'}) RETURN d.directory AS dir")
			.execute()
			.records()
			.get(0)
			.get("dir")
			.asString());
		Map<String, Long> before = census();
		ImportResult again = this.importer.importDataset(new ImportOptions(bootstrapped, false, null, 2021));
		assertThat(again.problems()).isEmpty();
		assertThat(again.rows().get("companies.csv")).isEqualTo(5_000);
		assertThat(census()).isEqualTo(before);
		assertThat(count("MATCH (d:Dataset {id: 'synthetic-5000-20240507'}) WHERE d.manifestSha256 IS NOT NULL "
				+ "AND d.rows_companies = 5000 RETURN count(d) AS count")).isEqualTo(1);
	}

	@Test
	void reimportingMembersThatMovedKeepsOnlyTheirNewRegionAndActivity() throws IOException {
		writeMovingDataset("FRF11", "27.20", "FRF11", "FRF11");
		assertThat(this.importer.importDataset(new ImportOptions(this.directory, false, null, 2021)).problems()).isEmpty();

		writeMovingDataset("DE111", "28.11", "DE112", "");
		assertThat(this.importer.importDataset(new ImportOptions(this.directory, false, null, 2021)).problems()).isEmpty();

		assertThat(ids("MATCH (:Company {id: 'TCO1'})-[:LOCATED_IN]->(r:Region) RETURN r.code AS id"))
			.containsExactly("DE111");
		assertThat(ids("MATCH (:Company {id: 'TCO1'})-[:HAS_ACTIVITY]->(a:Activity) RETURN a.code AS id"))
			.containsExactly("28.11");
		assertThat(ids("MATCH (:Cluster {id: 'TCL1'})-[:LOCATED_IN]->(r:Region) RETURN r.code AS id"))
			.containsExactly("DE112");
		assertThat(ids("MATCH (:Organisation {id: 'TOR1'})-[:LOCATED_IN]->(r:Region) RETURN r.code AS id")).isEmpty();
	}

	@Test
	void aDatasetWithMistakesIsRejectedWithEveryMistakeByLineAndNothingWritten() throws IOException {
		writeBrokenDataset();
		Map<String, Long> before = census();
		Path report = this.directory.resolve("report.json");
		ImportResult result = this.importer.importDataset(new ImportOptions(this.directory, false, report, 2021));

		assertThat(result.written()).isFalse();
		assertThat(census()).isEqualTo(before);
		assertThat(result.problems()).extracting(problem -> problem.file() + ":" + problem.line())
			.containsExactlyInAnyOrder("agreements.csv:1", "clusters.csv:4", "clusters.csv:5", "clusters.csv:6",
					"companies.csv:3", "companies.csv:4", "companies.csv:5", "cooperations.csv:2", "memberships.csv:4",
					"memberships.csv:5", "memberships.csv:6", "organisations.csv:3");
		assertThat(result.problems()).anySatisfy(problem -> assertThat(problem.toString())
			.isEqualTo("clusters.csv:4:10 [region]: unknown NUTS 2021 region code 'XX999'"));
		assertThat(result.problems()).anySatisfy(problem -> assertThat(problem.toString())
			.isEqualTo("clusters.csv:5:1 [id]: duplicate id 'TCL1' (first on line 2)"));
		assertThat(result.problems()).anySatisfy(problem -> assertThat(problem.toString()).contains("companies.csv:4")
			.contains("not valid UTF-8"));
		assertThat(result.problems()).anySatisfy(problem -> assertThat(problem.toString()).contains("companies.csv:5")
			.contains("never closed"));
		assertThat(result.problems()).anySatisfy(problem -> assertThat(problem.toString())
			.isEqualTo("memberships.csv:4:1 [member_id]: references 'TCO2', whose row is invalid (companies.csv line 3)"));
		assertThat(Files.readString(report)).contains("\"problemCount\" : 12").contains("\"written\" : false");
	}

	@Test
	void everyFaultOfAHandWrittenDatasetIsReportedWhereItIsAndNothingIsWritten() throws IOException {
		writeFaultyDataset();
		Map<String, Long> before = census();
		ImportResult result = this.importer.importDataset(new ImportOptions(this.directory, false, null, 2021));

		assertThat(result.written()).isFalse();
		assertThat(census()).isEqualTo(before);
		assertThat(result.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
				"clusters.csv:3:10 [region]: 'DE' is a country code; give the NUTS 2 or NUTS 3 region of the seat "
						+ "(four or five characters, such as DE11 or DE111)",
				"clusters.csv:4:10 [region]: 'DE1' is a NUTS 1 code; give the NUTS 2 or NUTS 3 region of the seat "
						+ "(four or five characters, such as DE11 or DE111)",
				"clusters.csv:6: this line, inside a quoted field of the record that starts on line 5, is not valid "
						+ "UTF-8 (save the file as UTF-8; Latin-1 or Windows-1252 bytes found)",
				"companies.csv:3:10 [nace]: '27.2' is a NACE Rev. 2 group; a company needs its class (four digits, "
						+ "such as 27.20)",
				"companies.csv:4: a quoted field opens here and is never closed (unbalanced \"); the line is skipped "
						+ "and reading goes on at the next",
				"organisations.csv:3:4 [region]: 'FR' is a country code; give the NUTS 2 or NUTS 3 region of the seat "
						+ "(four or five characters, such as DE11 or DE111)");
		// the row after the unclosed quote was read, and its size class contradicts its headcount: a warning
		assertThat(result.warnings()).extracting(Object::toString).containsExactly(
				"companies.csv:5:5 [employees]: 300 employees do not fit size class SMALL (10 to 49); loaded as given "
						+ "(--strict-size-classes rejects the row)");
	}

	@Test
	void validatingOnlyFindsWhatAnImportFindsAndWritesNothing() throws IOException {
		writeFaultyDataset();
		Map<String, Long> before = census();
		ImportOptions options = new ImportOptions(this.directory, false, null, 2021);
		ImportResult checked = this.importer.validate(options);

		assertThat(checked.written()).isFalse();
		assertThat(census()).isEqualTo(before);
		assertThat(checked.rows()).containsEntry("clusters.csv", 2).containsEntry("companies.csv", 2);
		assertThat(checked.problems()).isEqualTo(this.importer.importDataset(options).problems());
	}

	@Test
	void theValidRowsOfTheFaultyDatasetLoadWithSkipInvalidAndStrictSizeClassesRejectsTheContradiction()
			throws IOException {
		writeFaultyDataset();
		ImportResult result = this.importer
			.importDataset(new ImportOptions(this.directory, true, null, 2021, true));

		assertThat(result.written()).isTrue();
		assertThat(result.problems()).hasSize(7).anySatisfy(problem -> assertThat(problem.toString())
			.startsWith("companies.csv:5:5 [employees]: 300 employees do not fit size class SMALL"));
		assertThat(result.warnings()).isEmpty();
		assertThat(ids("MATCH (c:Cluster) WHERE c.id STARTS WITH 'T' RETURN c.id AS id")).containsExactlyInAnyOrder("TCL1",
				"TCL7");
		assertThat(ids("MATCH (c:Company) WHERE c.id STARTS WITH 'T' RETURN c.id AS id")).containsExactly("TCO1");
		assertThat(ids("MATCH (o:Organisation) WHERE o.id STARTS WITH 'T' RETURN o.id AS id")).containsExactly("TOR1");
	}

	@Test
	void skipInvalidLoadsExactlyTheValidRows() throws IOException {
		writeBrokenDataset();
		ImportResult result = this.importer.importDataset(new ImportOptions(this.directory, true, null, 2021));

		assertThat(result.written()).isTrue();
		assertThat(result.problems()).hasSize(12);
		assertThat(ids("MATCH (c:Cluster) WHERE c.id STARTS WITH 'T' RETURN c.id AS id")).containsExactlyInAnyOrder("TCL1",
				"TCL4");
		assertThat(ids("MATCH (c:Company) WHERE c.id STARTS WITH 'T' RETURN c.id AS id")).containsExactly("TCO1");
		assertThat(ids("MATCH (o:Organisation) WHERE o.id STARTS WITH 'T' RETURN o.id AS id")).containsExactly("TOR1");
		assertThat(ids("MATCH (m)-[:MEMBER_OF]->(c:Cluster) WHERE c.id STARTS WITH 'T' RETURN m.id + '>' + c.id AS id"))
			.containsExactlyInAnyOrder("TCO1>TCL1", "TCO1>TCL4", "TOR1>TCL1");
		assertThat(count("MATCH (c:Company {id: 'TCO1'})-[r:COOPERATES_WITH]-() RETURN count(r) AS count")).isZero();
	}

	@Test
	void realWorldTextSurvivesTheRoundTrip() throws IOException {
		writeBrokenDataset();
		this.importer.importDataset(new ImportOptions(this.directory, true, null, 2021));
		var cluster = this.driver.executableQuery("MATCH (c:Cluster {id: 'TCL1'}) RETURN c.name AS name, c.description AS d")
			.execute()
			.records()
			.get(0);
		assertThat(cluster.get("name").asString()).isEqualTo("Pôle Véhicule du Futur, \"PVF\"");
		assertThat(cluster.get("d").asString()).isEqualTo("Line one\nline two, with a comma");
		assertThat(this.driver.executableQuery("MATCH (c:Cluster {id: 'TCL4'}) RETURN c.description AS d")
			.execute()
			.records()
			.get(0)
			.get("d")
			.asString()).isEqualTo(LONG_TEXT.strip());
		assertThat(this.driver.executableQuery("MATCH (c:Company {id: 'TCO1'}) RETURN c.name AS name")
			.execute()
			.records()
			.get(0)
			.get("name")
			.asString()).isEqualTo("Société d'Essai Ąčęėįšųūž Øresund S.A.S.");
	}

	/** A valid dataset of one cluster, one company and one organisation, placed where the arguments say. */
	private void writeMovingDataset(String companyRegion, String companyNace, String clusterRegion,
			String organisationRegion) throws IOException {
		Files.writeString(this.directory.resolve("clusters.csv"), HEADER_CLUSTERS
				+ "TCL1,Moving Cluster,MC,,2005,ASSOCIATION,4.5,GOLD,,%s,false,test\n".formatted(clusterRegion));
		Files.writeString(this.directory.resolve("companies.csv"), HEADER_COMPANIES
				+ "TCO1,Moving GmbH,GmbH,SMALL,12,100000,2001,true,%s,%s,,,false\n".formatted(companyRegion, companyNace));
		Files.writeString(this.directory.resolve("organisations.csv"),
				"id,name,type,region,synthetic\n" + "TOR1,Moving Lab,RESEARCH,%s,false\n".formatted(organisationRegion));
		Files.writeString(this.directory.resolve("memberships.csv"),
				"member_id,cluster_id,since\n" + "TCO1,TCL1,2010\n" + "TOR1,TCL1,2015\n");
	}

	/** A hand-written dataset with one mistake per marked line; the rest is valid. */
	private void writeBrokenDataset() throws IOException {
		Files.writeString(this.directory.resolve("clusters.csv"), HEADER_CLUSTERS
				+ "TCL1,\"Pôle Véhicule du Futur, \"\"PVF\"\"\",PVF,\"Line one\nline two, with a comma\",2005,ASSOCIATION,4.5,GOLD,https://pvf.example,FRF11,false,test\n"
				+ "TCL2,Bad Region Cluster,BRC,,2010,ASSOCIATION,2,NONE,,XX999,false,test\n" // line 4
				+ "TCL1,Duplicate,DUP,,2010,ASSOCIATION,2,NONE,,FRF11,false,test\n" // line 5
				+ "TCL3,Bad Year Cluster,BYC,,20x0,ASSOCIATION,2,SILVER,,DE111,false,test\n" // line 6
				+ "TCL4,Fine Cluster,FC,\"" + LONG_TEXT + "\",2001,ASSOCIATION,2,BRONZE,,DE112,false,test\n");
		byte[] latin1 = "TCO3,Müller Maschinenbau GmbH,GmbH,SMALL,20,,1990,true,DE111,28.11,,,false\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] head = (HEADER_COMPANIES
				+ "TCO1,Société d'Essai Ąčęėįšųūž Øresund S.A.S.,SAS,SMALL,12,100000,2001,true,FRF11,27.20,7.75,48.58,false\n"
				+ "TCO2,Bad Nace GmbH,GmbH,MICRO,3,,1999,true,DE111,99.99,,,false\n") // line 3
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = "TCO4,\"Broken quote GmbH,GmbH,SMALL,20,,1990,true,DE111,28.11,,,false\n" // line 5
			.getBytes(StandardCharsets.UTF_8);
		Files.write(this.directory.resolve("companies.csv"), concat(head, latin1, tail)); // Latin-1 on line 4
		Files.writeString(this.directory.resolve("organisations.csv"), "id,name,type,region,synthetic\n"
				+ "TOR1,Université de Test,UNIVERSITY,FRF11,false\n" + "TOR2,Lab,LABORATORY,FRF11,false\n");
		Files.writeString(this.directory.resolve("memberships.csv"), "member_id,cluster_id,since\n" + "TCO1,TCL1,2010\n"
				+ "TCO1,TCL4,2012\n" + "TCO2,TCL4,2012\n" + "TCO9,TCL4,2012\n" + "TCO1,TCL1,2011\n" + "TOR1,TCL1,2015\n");
		Files.writeString(this.directory.resolve("cooperations.csv"),
				"company_id,partner_id,type,since\n" + "TCO1,TCO1,PROJECT,2020\n");
		Files.writeString(this.directory.resolve("agreements.csv"), "cluster,partner,kind,since\nTCL1,TCL4,MOU,2020\n");
	}

	/**
	 * One fault per row but the valid ones (TCL1, TCL7, TCO1, TOR1): wrong-level region and NACE codes, Latin-1 on
	 * the second line of a multi-line field, a quote never closed with a row after it, a size class that contradicts
	 * the headcount.
	 */
	private void writeFaultyDataset() throws IOException {
		byte[] clusters = concat((HEADER_CLUSTERS
				+ "TCL1,Valid Cluster,VC,,2005,ASSOCIATION,2,GOLD,,DE111,false,test\n" // line 2
				+ "TCL2,Country Seat,CS,,2005,ASSOCIATION,2,NONE,,DE,false,test\n" // line 3
				+ "TCL3,Nuts One Seat,NS,,2005,ASSOCIATION,2,NONE,,DE1,false,test\n" // line 4
				+ "TCL5,Latin Cluster,LC,\"first line\n").getBytes(StandardCharsets.UTF_8), // line 5
				"second line: Müller\",2005,ASSOCIATION,2,NONE,,DE111,false,test\n".getBytes(StandardCharsets.ISO_8859_1),
				"TCL7,After The Field,AF,,2010,ASSOCIATION,2,NONE,,DE11,false,test\n".getBytes(StandardCharsets.UTF_8));
		Files.write(this.directory.resolve("clusters.csv"), clusters);
		Files.writeString(this.directory.resolve("companies.csv"), HEADER_COMPANIES
				+ "TCO1,Valid GmbH,GmbH,SMALL,12,,2001,true,DE111,27.20,,,false\n" // line 2
				+ "TCO2,Group Level GmbH,GmbH,SMALL,12,,2001,true,DE111,27.2,,,false\n" // line 3
				+ "TCO3,\"Unclosed GmbH,GmbH,SMALL,12,,2001,true,DE111,27.20,,,false\n" // line 4
				+ "TCO4,Big Small GmbH,GmbH,SMALL,300,,2001,true,DE111,27.20,,,false\n"); // line 5
		Files.writeString(this.directory.resolve("organisations.csv"), "id,name,type,region,synthetic\n"
				+ "TOR1,Valid Lab,RESEARCH,DE111,false\n" + "TOR2,Country Lab,RESEARCH,FR,false\n");
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private Map<String, Long> census() {
		return Map.of("nodes", count("MATCH (n) RETURN count(n) AS count"), "relationships",
				count("MATCH ()-[r]->() RETURN count(r) AS count"));
	}

	private List<String> ids(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("id").asString()).toList();
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("count").asLong();
	}

	private void write(String cypher) {
		write(cypher, Map.of());
	}

	private void write(String cypher, Map<String, Object> parameters) {
		this.driver.executableQuery(cypher).withParameters(parameters).execute();
	}

}
