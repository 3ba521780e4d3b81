package eu.clustergraph.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.clustergraph.dataset.Vocabulary;
import eu.clustergraph.reference.ReferenceFiles;
import eu.clustergraph.reference.ReferenceRecords;
import eu.clustergraph.reference.ReferenceRow;

/**
 * The reference data as the generator needs it: EU27 regions of one NUTS version, ecosystems with their NACE
 * classes, value-chain stages and the calibration priors. Everything is sorted by code so that no hash order can
 * reach the output.
 */
final class GeneratorReference {

	final int nutsVersion;

	private final java.util.Set<String> extraCountries;

	/** EU27 country codes, sorted, with the prior number of cluster organisations. */
	final Map<String, Double> clusterPrior = new TreeMap<>();

	/** NUTS 2 regions per country, sorted by code. */
	final Map<String, List<Nuts2>> nuts2ByCountry = new TreeMap<>();

	final List<Nuts2> allNuts2 = new ArrayList<>();

	private final Map<String, Integer> nuts2Index = new HashMap<>();

	/** Ecosystem ids in official order, with the prior share of clusters having them as primary. */
	final List<String> ecosystems = new ArrayList<>();

	final double[] primaryEcosystemShare;

	final Map<String, String> ecosystemNames = new HashMap<>();

	/** Per ecosystem: level-4 NACE classes and their sampling weights (a mapped group's weight spread over its classes). */
	final Map<String, WeightedCodes> ecosystemClasses = new LinkedHashMap<>();

	/** The NACE section letter of every level-4 class. */
	final Map<String, Character> sectionOfClass = new HashMap<>();

	final List<StageInfo> stages = new ArrayList<>();

	/** The FEEDS edges as stage indexes {upstream, downstream}: by downstream stage, then in its {@code follows} order. */
	final List<int[]> feeds = new ArrayList<>();

	/** The 88 NACE divisions, sorted by code, with their EU27 employment share and employees per establishment. */
	final List<String> divisions = new ArrayList<>();

	double[] divisionShare;

	double[] employeesPerEstablishment;

	/** Per ecosystem (in {@link #ecosystems} order): the divisions its working-map codes lie in, as indexes. */
	int[][] ecosystemDivisions;

	final Map<String, List<String>> valueChainEcosystems = new LinkedHashMap<>();

	final double[] labelShares;

	final double[] sizeClassShares;

	/** Shares of RESEARCH/UNIVERSITY together, PUBLIC, INTERMEDIARY among non-company members. */
	final double[] organisationTypeShares;

	GeneratorReference(int nutsVersion) {
		this(nutsVersion, java.util.Set.of());
	}

	/**
	 * @param extraCountries countries beyond the EU27 whose regions are wanted too: those of real clusters outside
	 * the EU (Norway), whose synthetic members live there
	 */
	GeneratorReference(int nutsVersion, java.util.Set<String> extraCountries) {
		this.nutsVersion = nutsVersion;
		this.extraCountries = java.util.Set.copyOf(extraCountries);
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.PRIOR_CLUSTERS_PER_COUNTRY)) {
			this.clusterPrior.put(row.required("country"), row.decimal("est_cluster_orgs"));
		}
		loadRegions();
		List<ReferenceRow> ecosystemRows = new ArrayList<>(ReferenceFiles.read(ReferenceFiles.ECOSYSTEMS));
		ecosystemRows.sort(Comparator.comparing(row -> row.integer("ordinal")));
		for (ReferenceRow row : ecosystemRows) {
			this.ecosystems.add(row.required("ecosystem_id"));
			this.ecosystemNames.put(row.required("ecosystem_id"), row.required("name_official"));
		}
		Map<String, Double> primary = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.PRIOR_PRIMARY_ECOSYSTEM)) {
			primary.put(row.required("ecosystem_id"), row.decimal("share_primary"));
		}
		this.primaryEcosystemShare = this.ecosystems.stream().mapToDouble(id -> primary.getOrDefault(id, 0.0)).toArray();
		loadActivities();
		loadDivisions();
		loadStages();
		Map<String, Double> labels = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.PRIOR_EXCELLENCE_LABELS)) {
			labels.put(row.required("label").toUpperCase(java.util.Locale.ROOT), row.decimal("share"));
		}
		this.labelShares = Vocabulary.EXCELLENCE_LABELS.stream().mapToDouble(labels::get).toArray();
		Map<String, Double> sizes = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.PRIOR_SIZE_CLASSES)) {
			if ("cluster_members".equals(row.required("profile"))) {
				sizes.put(row.required("size_class").toUpperCase(java.util.Locale.ROOT), row.decimal("share"));
			}
		}
		this.sizeClassShares = Vocabulary.SIZE_CLASSES.stream().mapToDouble(sizes::get).toArray();
		Map<String, Double> types = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.PRIOR_MEMBER_TYPES)) {
			types.put(row.required("member_type"), row.decimal("share_of_cluster_members"));
		}
		this.organisationTypeShares = new double[] { types.get("research_or_university"), types.get("public_body"),
				types.get("other_intermediary") };
	}

	private void loadRegions() {
		String file = (this.nutsVersion == 2021) ? ReferenceFiles.NUTS_2021 : ReferenceFiles.NUTS_2024;
		Map<String, double[]> points = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.NUTS_2021_POINTS)) {
			points.put(row.required("nuts_id"), new double[] { row.decimal("label_lon"), row.decimal("label_lat") });
		}
		Map<String, Nuts2> nuts2 = new TreeMap<>();
		List<ReferenceRow> rows = ReferenceFiles.read(file);
		for (ReferenceRow row : rows) {
			if (row.integer("level") == 2 && (ReferenceRecords.EU27.contains(row.required("country"))
					|| this.extraCountries.contains(row.required("country")))) {
				nuts2.put(row.required("nuts_id"),
						new Nuts2(row.required("nuts_id"), row.required("name_latn"), row.required("country"),
								new ArrayList<>()));
			}
		}
		rows.stream()
			.filter(row -> row.integer("level") == 3 && nuts2.containsKey(row.text("parent_id")))
			.sorted(Comparator.comparing(row -> row.required("nuts_id")))
			.forEach(row -> {
				String code = row.required("nuts_id");
				String parent = row.required("parent_id");
				// A 2024 code without a 2021 label point takes its NUTS 2 parent's point, then its country's.
				double[] point = points.getOrDefault(code,
						points.getOrDefault(parent, points.getOrDefault(row.required("country"), new double[2])));
				nuts2.get(parent).nuts3().add(new Nuts3(code, row.required("name_latn"), point[0], point[1]));
			});
		for (Nuts2 region : nuts2.values()) {
			if (!region.nuts3().isEmpty()) {
				this.nuts2ByCountry.computeIfAbsent(region.country(), ignored -> new ArrayList<>()).add(region);
				this.nuts2Index.put(region.code(), this.allNuts2.size());
				this.allNuts2.add(region);
			}
		}
	}

	private void loadActivities() {
		Map<String, List<String>> classesUnder = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.NACE)) {
			if (row.integer("level") == 4) {
				String code = row.required("code");
				this.sectionOfClass.put(code, row.required("section").charAt(0));
				// a class 27.20 lies under group 27.2 and division 27
				classesUnder.computeIfAbsent(code, ignored -> new ArrayList<>()).add(code);
				classesUnder.computeIfAbsent(code.substring(0, 4), ignored -> new ArrayList<>()).add(code);
				classesUnder.computeIfAbsent(code.substring(0, 2), ignored -> new ArrayList<>()).add(code);
			}
		}
		Map<String, List<String>> codes = new LinkedHashMap<>();
		Map<String, List<Double>> weights = new LinkedHashMap<>();
		for (String ecosystem : this.ecosystems) {
			codes.put(ecosystem, new ArrayList<>());
			weights.put(ecosystem, new ArrayList<>());
		}
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.ECOSYSTEM_NACE_MAP)) {
			List<String> classes = new ArrayList<>(classesUnder.getOrDefault(row.required("nace_code"), List.of()));
			classes.sort(null);
			for (String code : classes) {
				codes.get(row.required("ecosystem_id")).add(code);
				weights.get(row.required("ecosystem_id")).add(row.decimal("sampling_weight") / classes.size());
			}
		}
		for (String ecosystem : this.ecosystems) {
			this.ecosystemClasses.put(ecosystem, new WeightedCodes(codes.get(ecosystem),
					Rng.cumulative(weights.get(ecosystem).stream().mapToDouble(Double::doubleValue).toArray())));
		}
	}

	/**
	 * A section's employment share is split evenly over its divisions: the prior is by section, and an even split
	 * adds no structure the data does not have.
	 */
	private void loadDivisions() {
		Map<String, double[]> sections = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.PRIOR_EMPLOYMENT_BY_SECTION)) {
			sections.put(row.required("section"),
					new double[] { row.decimal("employment_share"), row.decimal("employees_per_establishment") });
		}
		Map<String, String> sectionOfDivision = new TreeMap<>();
		Map<String, Integer> divisionsInSection = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.NACE)) {
			if (row.integer("level") == 2) {
				sectionOfDivision.put(row.required("code"), row.required("section"));
				divisionsInSection.merge(row.required("section"), 1, Integer::sum);
			}
		}
		this.divisions.addAll(sectionOfDivision.keySet());
		this.divisionShare = new double[this.divisions.size()];
		this.employeesPerEstablishment = new double[this.divisions.size()];
		double total = 0;
		for (int d = 0; d < this.divisions.size(); d++) {
			String section = sectionOfDivision.get(this.divisions.get(d));
			double[] prior = sections.get(section);
			if (prior == null) {
				throw new IllegalStateException(ReferenceFiles.PRIOR_EMPLOYMENT_BY_SECTION + " has no row for section " + section);
			}
			this.divisionShare[d] = prior[0] / divisionsInSection.get(section);
			this.employeesPerEstablishment[d] = prior[1];
			total += this.divisionShare[d];
		}
		for (int d = 0; d < this.divisions.size(); d++) {
			this.divisionShare[d] /= total;
		}
		Map<String, java.util.SortedSet<Integer>> byEcosystem = new HashMap<>();
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.ECOSYSTEM_NACE_MAP)) {
			int division = this.divisions.indexOf(row.required("nace_code").substring(0, 2));
			if (division >= 0) {
				byEcosystem.computeIfAbsent(row.required("ecosystem_id"), ignored -> new java.util.TreeSet<>()).add(division);
			}
		}
		this.ecosystemDivisions = new int[this.ecosystems.size()][];
		for (int e = 0; e < this.ecosystems.size(); e++) {
			this.ecosystemDivisions[e] = byEcosystem.getOrDefault(this.ecosystems.get(e), new java.util.TreeSet<>())
				.stream()
				.mapToInt(Integer::intValue)
				.toArray();
		}
	}

	private void loadStages() {
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.VALUE_CHAINS)) {
			this.valueChainEcosystems.put(row.required("value_chain_id"), row.list("ecosystems"));
		}
		for (ReferenceRow row : ReferenceFiles.read(ReferenceFiles.VALUE_CHAIN_STAGES)) {
			this.stages.add(new StageInfo(row.required("stage_id"), row.required("value_chain_id"),
					row.list("key_nace"), row.list("follows")));
		}
		this.stages.sort(Comparator.comparing(StageInfo::id));
		Map<String, Integer> stageIndex = new HashMap<>();
		for (int s = 0; s < this.stages.size(); s++) {
			stageIndex.put(this.stages.get(s).id(), s);
		}
		for (int t = 0; t < this.stages.size(); t++) {
			for (String upstream : this.stages.get(t).follows()) {
				Integer s = stageIndex.get(upstream);
				if (s == null) {
					throw new IllegalStateException(ReferenceFiles.VALUE_CHAIN_STAGES + ": stage " + this.stages.get(t).id()
							+ " follows '" + upstream + "', which is no stage");
				}
				this.feeds.add(new int[] { s, t });
			}
		}
	}

	int indexOf(Nuts2 region) {
		return this.nuts2Index.get(region.code());
	}

	/** The index of a NUTS 2 code among the regions, or -1 when it is none of them. */
	int indexOf(String nuts2) {
		return this.nuts2Index.getOrDefault(nuts2, -1);
	}

	/** The stages whose key NACE codes cover a class (a key code covers the classes below it). */
	List<Integer> stagesOf(String naceClass) {
		List<Integer> result = new ArrayList<>();
		for (int i = 0; i < this.stages.size(); i++) {
			for (String key : this.stages.get(i).keyNace()) {
				if (naceClass.startsWith(key)) {
					result.add(i);
					break;
				}
			}
		}
		return result;
	}

	record Nuts2(String code, String name, String country, List<Nuts3> nuts3) {
	}

	record Nuts3(String code, String name, double lon, double lat) {
	}

	record WeightedCodes(List<String> codes, double[] cumulative) {
	}

	record StageInfo(String id, String valueChain, List<String> keyNace, List<String> follows) {
	}

}
