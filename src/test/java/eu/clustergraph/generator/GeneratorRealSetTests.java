package eu.clustergraph.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import eu.clustergraph.dataset.DatasetFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic remainder built around the packaged real set (issue 13), at full scale as the first start builds it. */
class GeneratorRealSetTests {

	static final Path REAL = Path.of("src", "main", "resources", "datasets", "real");

	@TempDir
	static Path directory;

	static Map<DatasetFile, List<NamedCsvRecord>> dataset = new HashMap<>();

	static Map<DatasetFile, List<NamedCsvRecord>> real = new HashMap<>();

	@BeforeAll
	static void generate() throws IOException {
		DatasetGenerator.aroundPackagedRealSet(GeneratorOptions.preset(170_000)).generate(directory.resolve("a"));
		for (DatasetFile file : DatasetFile.values()) {
			dataset.put(file, GeneratorInvariantsTests.read(directory.resolve("a").resolve(file.fileName())));
			if (Files.exists(REAL.resolve(file.fileName()))) {
				real.put(file, GeneratorInvariantsTests.read(REAL.resolve(file.fileName())));
			}
		}
	}

	@Test
	void everyRealRowIsWrittenUnchangedAndTheTotalStaysNearTwelveHundred() {
		for (DatasetFile file : RealSet.FILES) {
			Set<Map<String, String>> written = new HashSet<>();
			dataset.get(file).forEach(row -> written.add(row.getFieldsAsMap()));
			assertThat(real.get(file)).as(file.fileName()).allSatisfy(row -> assertThat(written).contains(row.getFieldsAsMap()));
		}
		assertThat(dataset.get(DatasetFile.CLUSTERS)).filteredOn(row -> row.getField("id").startsWith("RC")).hasSize(97)
			.allMatch(row -> row.getField("synthetic").equals("false"));
		assertThat(dataset.get(DatasetFile.CLUSTERS).size()).isBetween(1_100, 1_300);
		// the calibrated number of memberships, whatever the real set adds to the cluster count
		assertThat(dataset.get(DatasetFile.MEMBERSHIPS)).hasSize(GeneratorOptions.preset(170_000).clusters() * 170);
	}

	@Test
	void everyRealClusterHasAtLeastFifteenSyntheticMembersOfTwoTypesFromItsRegionAndEcosystems() {
		Map<String, List<String>> members = new HashMap<>();
		dataset.get(DatasetFile.MEMBERSHIPS)
			.forEach(row -> members.computeIfAbsent(row.getField("cluster_id"), id -> new java.util.ArrayList<>())
				.add(row.getField("member_id")));
		Map<String, String> companyRegion = new HashMap<>();
		dataset.get(DatasetFile.COMPANIES).forEach(row -> {
			assertThat(row.getField("synthetic")).isEqualTo("true");
			companyRegion.put(row.getField("id"), row.getField("region"));
		});
		for (NamedCsvRecord cluster : real.get(DatasetFile.CLUSTERS)) {
			List<String> own = members.get(cluster.getField("id"));
			assertThat(own).as(cluster.getField("id")).hasSizeGreaterThanOrEqualTo(15);
			assertThat(own.stream().map(id -> id.substring(0, 2)).distinct()).as(cluster.getField("id"))
				.containsExactlyInAnyOrder("CO", "OR");
			// most members live in the cluster's country, Norway included
			long home = own.stream()
				.filter(id -> id.startsWith("CO"))
				.filter(id -> companyRegion.get(id).startsWith(cluster.getField("region").substring(0, 2)))
				.count();
			assertThat(home).as(cluster.getField("id")).isGreaterThan(own.stream().filter(id -> id.startsWith("CO")).count() / 2);
		}
	}

	@Test
	void realPartnershipsKeepTheirPartnersAndSyntheticOnesFillUpToTheCalibratedTotals() {
		int clusters = dataset.get(DatasetFile.CLUSTERS).size();
		List<NamedCsvRecord> partnerships = dataset.get(DatasetFile.PARTNERSHIPS);
		assertThat(partnerships).filteredOn(row -> row.getField("kind").equals("EUROCLUSTER"))
			.hasSize((int) Math.round(30.0 * clusters / 1091));
		assertThat(partnerships).filteredOn(row -> row.getField("kind").startsWith("ESCP"))
			.hasSize((int) Math.round(clusters / 25.0));
		// synthetic partnerships and agreements join synthetic clusters only
		Set<String> syntheticPartnerships = new HashSet<>();
		partnerships.stream().filter(row -> row.getField("synthetic").equals("true"))
			.forEach(row -> syntheticPartnerships.add(row.getField("id")));
		assertThat(dataset.get(DatasetFile.PARTNERSHIP_MEMBERS))
			.filteredOn(row -> syntheticPartnerships.contains(row.getField("partnership_id")))
			.allMatch(row -> row.getField("cluster_id").startsWith("CL"));
		assertThat(dataset.get(DatasetFile.AGREEMENTS)).hasSize((int) Math.round(0.6 * clusters));
		assertThat(dataset.get(DatasetFile.CLUSTER_STAGES)).noneMatch(row -> row.getField("cluster_id").startsWith("RC"));
	}

	@Test
	void aBrokenRealSetIsRejectedByFileLineAndColumnBeforeAnythingIsWritten() throws IOException {
		Path broken = directory.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("clusters.csv"), String.join(",", DatasetFile.CLUSTERS.header()) + "\n"
				+ "RC0001,Fine Cluster,FC,,2001,,,,,DE11,false,https://example.org/fine\n"
				+ "RC0002,Nowhere Cluster,NC,,2001,,,,,XX99,false,https://example.org/nowhere\n");
		Files.writeString(broken.resolve("cluster_ecosystems.csv"), "cluster_id,ecosystem_id,primary\nRC0001,DIGI,true\n");
		Path out = directory.resolve("broken-out");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> DatasetGenerator.around(GeneratorOptions.preset(5_000), broken).generate(out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Real set clusters.csv:3 [region]: 'XX99' is not a NUTS 2021 region of level 2 or 3 the generator knows");
		assertThat(out).doesNotExist();
		// a real cluster without ecosystems is named too
		Files.writeString(broken.resolve("clusters.csv"), String.join(",", DatasetFile.CLUSTERS.header()) + "\n"
				+ "RC0001,Fine Cluster,FC,,2001,,,,,DE11,false,https://example.org/fine\n"
				+ "RC0003,Bare Cluster,BC,,2001,,,,,DE12,false,https://example.org/bare\n");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> DatasetGenerator.around(GeneratorOptions.preset(5_000), broken).generate(out))
			.hasMessage("Real set clusters.csv:3 [id]: real cluster RC0003 has no row in cluster_ecosystems.csv");
		assertThat(out).doesNotExist();
	}

	@Test
	void theSameSeedAndRealSetGiveTheSameBytes() throws IOException {
		DatasetGenerator.around(GeneratorOptions.preset(170_000), REAL).generate(directory.resolve("b"));
		assertThat(Files.readString(directory.resolve("b/manifest.json")))
			.isEqualTo(Files.readString(directory.resolve("a/manifest.json")).replace("packaged datasets/real/", "directory"));
	}

}
