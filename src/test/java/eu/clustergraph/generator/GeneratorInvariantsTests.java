package eu.clustergraph.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.reference.ReferenceFiles;
import eu.clustergraph.reference.ReferenceRecords;
import eu.clustergraph.reference.ReferenceRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The invariants of GENERATOR.md, on the 5,000-company preset. */
class GeneratorInvariantsTests {

	@TempDir
	static Path directory;

	static GeneratorOptions options = GeneratorOptions.preset(5_000);

	static Map<DatasetFile, List<NamedCsvRecord>> dataset;

	@BeforeAll
	static void generate() throws IOException {
		new DatasetGenerator(options).generate(directory);
		dataset = new HashMap<>();
		for (DatasetFile file : DatasetFile.values()) {
			dataset.put(file, read(directory.resolve(file.fileName())));
		}
	}

	@Test
	void everyFileHasItsHeader() throws IOException {
		for (DatasetFile file : DatasetFile.values()) {
			String firstLine = Files.readAllLines(directory.resolve(file.fileName())).get(0);
			assertThat(firstLine).isEqualTo(String.join(",", file.header()));
		}
	}

	@Test
	void membershipsSumExactlyToClustersTimesMeanMembers() {
		assertThat(rows(DatasetFile.CLUSTERS)).hasSize(options.clusters());
		assertThat(rows(DatasetFile.COMPANIES)).hasSize(options.companies());
		assertThat(rows(DatasetFile.MEMBERSHIPS)).hasSize(options.clusters() * options.meanMembers());
	}

	@Test
	void everyCompanyIsInOneToEightClusters() {
		Map<String, Long> clustersPerCompany = rows(DatasetFile.MEMBERSHIPS).stream()
			.filter(row -> row.getField("member_id").startsWith("CO"))
			.collect(Collectors.groupingBy(row -> row.getField("member_id"), Collectors.counting()));
		assertThat(clustersPerCompany).hasSize(options.companies());
		assertThat(clustersPerCompany.values()).allMatch(count -> count >= 1 && count <= 8);
	}

	@Test
	void everyClusterHasAtLeastFifteenMembersOfAtLeastTwoTypes() {
		Map<String, List<String>> members = rows(DatasetFile.MEMBERSHIPS).stream()
			.collect(Collectors.groupingBy(row -> row.getField("cluster_id"),
					Collectors.mapping(row -> row.getField("member_id"), Collectors.toList())));
		assertThat(members).hasSize(options.clusters());
		members.forEach((cluster, ids) -> {
			assertThat(ids).as(cluster).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
			assertThat(ids.stream().map(id -> id.substring(0, 2)).distinct()).as(cluster).hasSize(2);
		});
	}

	@Test
	void everyLocationIsAnEu27Nuts3RegionOfTheChosenVersion() {
		Set<String> nuts3 = ReferenceFiles.read(ReferenceFiles.NUTS_2021)
			.stream()
			.filter(row -> row.integer("level") == 3 && ReferenceRecords.EU27.contains(row.required("country")))
			.map(row -> row.required("nuts_id"))
			.collect(Collectors.toSet());
		for (DatasetFile file : List.of(DatasetFile.CLUSTERS, DatasetFile.COMPANIES, DatasetFile.ORGANISATIONS)) {
			assertThat(rows(file)).as(file.fileName()).allMatch(row -> nuts3.contains(row.getField("region")));
		}
	}

	@Test
	void everyCompanyActivityIsANaceClass() {
		Set<String> classes = ReferenceFiles.read(ReferenceFiles.NACE)
			.stream()
			.filter(row -> row.integer("level") == 4)
			.map(row -> row.required("code"))
			.collect(Collectors.toSet());
		assertThat(rows(DatasetFile.COMPANIES)).allMatch(row -> classes.contains(row.getField("nace")));
	}

	@Test
	void cooperationHasNoSelfLoopsAndNoPairTwice() {
		Set<String> pairs = new HashSet<>();
		for (NamedCsvRecord row : rows(DatasetFile.COOPERATIONS)) {
			String a = row.getField("company_id");
			String b = row.getField("partner_id");
			assertThat(a).isNotEqualTo(b);
			assertThat(pairs.add(a.compareTo(b) < 0 ? a + b : b + a)).as(a + "-" + b).isTrue();
		}
		assertThat(pairs).isNotEmpty();
	}

	@Test
	void cooperationTypesFollowTheMixAndSupplyFollowsTheValueChains() {
		Map<String, Long> types = rows(DatasetFile.COOPERATIONS).stream()
			.collect(Collectors.groupingBy(row -> row.getField("type"), Collectors.counting()));
		double total = rows(DatasetFile.COOPERATIONS).size();
		assertThat(types.get("SUPPLY") / total).isBetween(0.30, 0.40);
		assertThat(types.get("PROJECT") / total).isBetween(0.35, 0.45);
		Map<String, Set<String>> stagesOf = rows(DatasetFile.COMPANY_STAGES).stream()
			.collect(Collectors.groupingBy(row -> row.getField("company_id"),
					Collectors.mapping(row -> row.getField("stage_id"), Collectors.toSet())));
		Map<String, List<String>> feeds = new HashMap<>();
		for (ReferenceRow stage : ReferenceFiles.read(ReferenceFiles.VALUE_CHAIN_STAGES)) {
			for (String upstream : stage.list("follows")) {
				feeds.computeIfAbsent(upstream, ignored -> new ArrayList<>()).add(stage.required("stage_id"));
			}
		}
		assertThat(rows(DatasetFile.SUPPLIES)).hasSize(types.get("SUPPLY").intValue()).allSatisfy(row -> {
			String stage = row.getField("stage_id");
			assertThat(stagesOf.get(row.getField("supplier_id"))).contains(stage);
			assertThat(stagesOf.get(row.getField("customer_id"))).containsAnyElementsOf(feeds.get(stage));
		});
	}

	@Test
	void everyEuroclusterHasThreeClustersFromThreeCountries() {
		Map<String, String> countryOf = new HashMap<>();
		for (NamedCsvRecord row : rows(DatasetFile.CLUSTERS)) {
			countryOf.put(row.getField("id"), row.getField("region").substring(0, 2));
		}
		Set<String> euroclusters = rows(DatasetFile.PARTNERSHIPS).stream()
			.filter(row -> row.getField("kind").equals("EUROCLUSTER"))
			.map(row -> row.getField("id"))
			.collect(Collectors.toSet());
		assertThat(euroclusters).isNotEmpty();
		Map<String, List<String>> partners = rows(DatasetFile.PARTNERSHIP_MEMBERS).stream()
			.collect(Collectors.groupingBy(row -> row.getField("partnership_id"),
					Collectors.mapping(row -> row.getField("cluster_id"), Collectors.toList())));
		for (String id : euroclusters) {
			assertThat(partners.get(id)).as(id).hasSizeGreaterThanOrEqualTo(3);
			assertThat(partners.get(id).stream().map(countryOf::get).distinct().count()).as(id).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void clustersPerCountryEqualTheAllocation() {
		Map<String, Double> prior = new TreeMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.PRIOR_CLUSTERS_PER_COUNTRY)) {
			prior.put(row.required("country"), row.decimal("est_cluster_orgs"));
		}
		int[] allocation = Allocation.largestRemainder(prior.values().stream().mapToDouble(Double::doubleValue).toArray(),
				options.clusters());
		Map<String, Long> actual = rows(DatasetFile.CLUSTERS).stream()
			.collect(Collectors.groupingBy(row -> row.getField("region").substring(0, 2), Collectors.counting()));
		int i = 0;
		for (String country : prior.keySet()) {
			assertThat(actual.getOrDefault(country, 0L)).as(country).isEqualTo(allocation[i++]);
		}
	}

	@Test
	void everyGeneratedRowIsMarkedSynthetic() {
		for (DatasetFile file : List.of(DatasetFile.CLUSTERS, DatasetFile.COMPANIES, DatasetFile.ORGANISATIONS,
				DatasetFile.PARTNERSHIPS, DatasetFile.INDICATORS, DatasetFile.REGIONAL_ACTIVITY)) {
			assertThat(rows(file)).as(file.fileName()).allMatch(row -> row.getField("synthetic").equals("true"));
		}
	}

	@Test
	void regionalActivityCoversEveryNuts2RegionAndDivisionWithNutsThreeChildrenWorthOfEmployment() {
		Map<String, Long> nuts3Children = new TreeMap<>();
		Set<String> divisions = new HashSet<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.NUTS_2021)) {
			if (row.integer("level") == 3 && ReferenceRecords.EU27.contains(row.required("country"))) {
				nuts3Children.merge(row.required("parent_id"), 1L, Long::sum);
			}
		}
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.NACE)) {
			if (row.integer("level") == 2) {
				divisions.add(row.required("code"));
			}
		}
		assertThat(rows(DatasetFile.REGIONAL_ACTIVITY)).hasSize(nuts3Children.size() * divisions.size());
		Map<String, Long> employees = new TreeMap<>();
		for (NamedCsvRecord row : rows(DatasetFile.REGIONAL_ACTIVITY)) {
			assertThat(divisions).contains(row.getField("division"));
			employees.merge(row.getField("region"), Long.parseLong(row.getField("employees")), Long::sum);
		}
		assertThat(employees.keySet()).isEqualTo(nuts3Children.keySet());
		// rounding each division's share moves a region's total by at most half an employee per division
		employees.forEach((region, total) -> assertThat((double) total).as(region)
			.isCloseTo(RegionalActivity.EMPLOYEES_PER_NUTS3 * nuts3Children.get(region),
					org.assertj.core.data.Offset.offset(divisions.size() / 2.0)));
	}

	@Test
	void noClusterTakesAPlantedSpecialisationOrAPlantedMissingStage() throws IOException {
		Map<String, Set<String>> clusterEcosystems = new HashMap<>();
		for (NamedCsvRecord row : rows(DatasetFile.CLUSTER_ECOSYSTEMS)) {
			clusterEcosystems.computeIfAbsent(row.getField("cluster_id"), id -> new HashSet<>()).add(row.getField("ecosystem_id"));
		}
		Set<String> regionEcosystems = new HashSet<>();
		Map<String, String> countryOf = new HashMap<>();
		for (NamedCsvRecord row : rows(DatasetFile.CLUSTERS)) {
			countryOf.put(row.getField("id"), row.getField("region").substring(0, 2));
			for (String ecosystem : clusterEcosystems.getOrDefault(row.getField("id"), Set.of())) {
				regionEcosystems.add(row.getField("region").substring(0, 4) + " " + ecosystem);
			}
		}
		List<NamedCsvRecord> unorganised = read(directory.resolve("truth/unorganised_strength.csv"));
		assertThat(unorganised).anyMatch(row -> row.getField("planted").equals("true"));
		for (NamedCsvRecord row : unorganised) {
			assertThat(regionEcosystems).doesNotContain(row.getField("region") + " " + row.getField("ecosystem_id"));
			assertThat(Double.parseDouble(row.getField("location_quotient"))).isGreaterThanOrEqualTo(1.5);
		}
		Set<String> countryStages = new HashSet<>();
		for (NamedCsvRecord row : rows(DatasetFile.CLUSTER_STAGES)) {
			countryStages.add(countryOf.get(row.getField("cluster_id")) + " " + row.getField("stage_id"));
		}
		for (NamedCsvRecord row : read(directory.resolve("truth/missing_stages.csv"))) {
			assertThat(countryStages).doesNotContain(row.getField("country") + " " + row.getField("stage_id"));
			assertThat(Integer.parseInt(row.getField("active_companies"))).isPositive();
		}
	}

	@Test
	void theGroundTruthIsHashedInTheManifestButIsNoDatasetFile() throws IOException {
		String manifest = Files.readString(directory.resolve("manifest.json"));
		assertThat(manifest).contains("\"truth/unorganised_strength.csv\"", "\"truth/missing_stages.csv\"",
				"\"truth/complementary_pairs.csv\"");
		assertThat(DatasetFile.values()).noneMatch(file -> file.fileName().startsWith("truth"));
	}

	private static List<NamedCsvRecord> rows(DatasetFile file) {
		return dataset.get(file);
	}

	static List<NamedCsvRecord> read(Path file) throws IOException {
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
			return reader.stream().toList();
		}
	}

}
