package eu.clustergraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import eu.clustergraph.ClusterGraphApplication;
import eu.clustergraph.startup.StartupSequence;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What one company costs the database on the online import's write path: 30,000 made-up companies per run (ids,
 * regions and NACE classes of the reference data, the properties a company row has) written with the importer's
 * {@code create-companies} statement, and with the bare node and its properties alone, in batches of 1,000 to 30,000
 * rows per transaction, two rounds. Prints rows per second; asserts nothing. The statements are copies, on purpose:
 * the probe varies them.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -Dbenchmark=CompanyWriteProbe test-compile exec:exec}.
 */
public final class CompanyWriteProbe {

	private static final String CREATE_COMPANIES = """
			UNWIND $rows AS row
			MATCH (r:Region {code: row.region, version: 2021})
			MATCH (a:Activity {code: row.nace})
			CREATE (c:Company {id: row.id})
			SET c += row.properties, c.region = row.region, c.country = substring(row.region, 0, 2), c.nace = row.nace,
			    c.naceSection = a.section
			CREATE (c)-[:LOCATED_IN]->(r)
			CREATE (c)-[:HAS_ACTIVITY]->(a)""";

	private static final String NODE_ONLY = """
			UNWIND $rows AS row
			CREATE (c:Company {id: row.id})
			SET c += row.properties, c.region = row.region, c.country = substring(row.region, 0, 2), c.nace = row.nace""";

	private static final int ROWS_PER_RUN = 30_000;

	public static void main(String[] args) throws Exception {
		Path work = Files.createTempDirectory("company-write-probe");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ClusterGraphApplication.class)
			.web(WebApplicationType.NONE)
			.run("--clustergraph.data-dir=" + work.resolve("data"), "--clustergraph.neo4j.embedded.bolt-port=0",
					"--clustergraph.dataset.bootstrap=false")) {
			context.getBean(StartupSequence.class).prepare();
			Driver driver = context.getBean(Driver.class);
			List<String> regions;
			List<String> classes;
			try (var session = driver.session()) {
				regions = session.run("MATCH (r:Region {version: 2021, level: 3}) RETURN r.code AS code")
					.list(record -> record.get("code").asString());
				classes = session.run("MATCH (a:Activity {level: 4}) RETURN a.code AS code")
					.list(record -> record.get("code").asString());
			}
			Map<String, String> statements = new LinkedHashMap<>();
			statements.put("create-companies", CREATE_COMPANIES);
			statements.put("node only", NODE_ONLY);
			Random random = new Random(1);
			int[] next = { 0 };
			for (int round = 0; round < 2; round++) {
				for (int size : new int[] { 1_000, 2_500, 10_000, 30_000 }) {
					for (Map.Entry<String, String> statement : statements.entrySet()) {
						long started = System.nanoTime();
						for (int batch = 0; batch < ROWS_PER_RUN / size; batch++) {
							List<Map<String, Object>> rows = new ArrayList<>(size);
							for (int i = 0; i < size; i++) {
								rows.add(company(++next[0], random, regions, classes));
							}
							try (var session = driver.session()) {
								session.executeWrite(tx -> tx.run(statement.getValue(), Map.of("rows", rows)).consume());
							}
						}
						System.out.printf(Locale.ROOT, "round %d, batches of %,d, %-16s %,8.0f rows/s%n", round, size,
								statement.getKey(), ROWS_PER_RUN / ((System.nanoTime() - started) / 1e9));
					}
				}
			}
		}
	}

	private static Map<String, Object> company(int n, Random random, List<String> regions, List<String> classes) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("name", "Company " + Long.toString(random.nextLong(), 36) + " GmbH " + n);
		properties.put("legalForm", "GmbH");
		properties.put("sizeClass", "SMALL");
		properties.put("employees", 10 + random.nextInt(40));
		properties.put("turnoverEur", random.nextDouble() * 1e7);
		properties.put("founded", 1950 + random.nextInt(70));
		properties.put("isSme", true);
		properties.put("lon", random.nextDouble() * 30);
		properties.put("lat", 40 + random.nextDouble() * 20);
		properties.put("synthetic", true);
		return Map.of("id", "P" + n, "region", regions.get(random.nextInt(regions.size())), "nace",
				classes.get(random.nextInt(classes.size())), "properties", properties);
	}

	private CompanyWriteProbe() {
	}

}
