package eu.clustergraph.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import eu.clustergraph.dataset.Vocabulary;
import eu.clustergraph.generator.GeneratorReference.Nuts2;
import eu.clustergraph.generator.Population.Organisation;
import eu.clustergraph.generator.Rng.Stream;

/**
 * Generates the nodes and the memberships: clusters placed in regions, their sizes, the companies that fill them,
 * the extra memberships of multi-cluster companies and the non-company members. Counts are allocated with
 * largest-remainder rounding, so every total is exact.
 */
final class PopulationGenerator {

	private static final double[] SECONDARY_ECOSYSTEMS = Rng.cumulative(new double[] { 0.25, 0.35, 0.25, 0.15 });

	private static final double[] EXTRA_WEIGHT_BY_SIZE = { 1, 1.5, 3, 8 };

	private static final int MAX_CLUSTERS_PER_COMPANY = 8;

	private static final String[] OTHER_LEGAL_FORMS = { "NON_PROFIT_COMPANY", "PUBLIC_BODY", "FOUNDATION" };

	private final GeneratorOptions options;

	private final GeneratorReference reference;

	private final ForkJoinPool pool;

	private final long seed;

	private final Population population = new Population();

	private final RealSet real;

	PopulationGenerator(GeneratorOptions options, GeneratorReference reference, ForkJoinPool pool, RealSet real) {
		this.options = options;
		this.real = real;
		this.reference = reference;
		this.pool = pool;
		this.seed = options.seed();
	}

	Population generate() {
		regions();
		this.population.activity = new RegionalActivity(this.reference, this.seed, this.options.clusters());
		clusters();
		clusterSizes();
		companies();
		extraMemberships();
		organisations();
		return this.population;
	}

	/** A latent regional strength z per NUTS 2 region: country effect plus regional effect (GENERATOR.md). */
	private void regions() {
		List<String> countries = new ArrayList<>(this.reference.nuts2ByCountry.keySet());
		Map<String, Double> countryEffect = new HashMap<>();
		for (int c = 0; c < countries.size(); c++) {
			countryEffect.put(countries.get(c), Rng.of(this.seed, Stream.COUNTRY, c).normal(0, 0.6));
		}
		List<Nuts2> regions = this.reference.allNuts2;
		this.population.regionZ = new double[regions.size()];
		for (int r = 0; r < regions.size(); r++) {
			this.population.regionZ[r] = countryEffect.get(regions.get(r).country())
					+ Rng.of(this.seed, Stream.REGION, r).normal(0, 0.8);
		}
	}

	private void clusters() {
		Population p = this.population;
		List<String> countries = new ArrayList<>(this.reference.clusterPrior.keySet());
		int[] perCountry = Allocation.largestRemainder(
				countries.stream().mapToDouble(this.reference.clusterPrior::get).toArray(), this.options.clusters());
		// real clusters count toward their country's allocation; those outside the EU27 add to the total
		Map<String, Integer> realPerCountry = new HashMap<>();
		for (RealSet.Row row : this.real.clusters()) {
			realPerCountry.merge(realRegion(row).substring(0, 2), 1, Integer::sum);
		}
		int synthetic = 0;
		for (int c = 0; c < countries.size(); c++) {
			perCountry[c] = Math.max(0, perCountry[c] - realPerCountry.getOrDefault(countries.get(c), 0));
			synthetic += perCountry[c];
		}
		int count = synthetic + this.real.clusters().size();
		p.clusterCount = count;
		p.syntheticClusterCount = synthetic;
		p.realClusters = this.real.clusters();
		p.clusterCountry = new String[count];
		p.clusterNuts2 = new int[count];
		p.clusterNuts3 = new String[count];
		p.clusterEcosystems = new int[count][];
		p.clusterFounded = new int[count];
		p.clusterStaff = new double[count];
		p.clusterLegalForm = new String[count];
		p.clusterLabel = new String[count];
		p.clusterName = new String[count];
		p.clusterAcronym = new String[count];
		double[] primaryShares = Rng.cumulative(this.reference.primaryEcosystemShare);
		double[] labelShares = Rng.cumulative(this.reference.labelShares);
		Set<String> names = new HashSet<>();
		int k = 0;
		for (int c = 0; c < countries.size(); c++) {
			List<Nuts2> regions = this.reference.nuts2ByCountry.get(countries.get(c));
			double[][] hostWeights = hostWeights(regions);
			for (int i = 0; i < perCountry[c]; i++, k++) {
				Rng rng = Rng.of(this.seed, Stream.CLUSTER, k);
				int primary = rng.categorical(primaryShares);
				Nuts2 host = regions.get(rng.categorical(hostWeights[primary]));
				int hostIndex = this.reference.indexOf(host);
				p.clusterCountry[k] = host.country();
				p.clusterNuts2[k] = hostIndex;
				p.clusterNuts3[k] = host.nuts3().get(rng.nextInt(host.nuts3().size())).code();
				p.clusterEcosystems[k] = ecosystems(rng, primary, p.activity.planted[hostIndex]);
				double founded = rng.uniform();
				p.clusterFounded[k] = (founded < 0.25) ? rng.between(1990, 2005)
						: (founded < 0.75) ? rng.between(2006, 2014) : rng.between(2015, 2023);
				p.clusterStaff[k] = Math.max(0.5, StrictMath.rint(rng.lognormal(StrictMath.log(4), 0.6) * 10) / 10);
				p.clusterLegalForm[k] = rng.chance(0.7) ? "ASSOCIATION"
						: OTHER_LEGAL_FORMS[rng.nextInt(OTHER_LEGAL_FORMS.length)];
				p.clusterLabel[k] = Vocabulary.EXCELLENCE_LABELS.get(rng.categorical(labelShares));
				String ecosystem = this.reference.ecosystems.get(p.clusterEcosystems[k][0]);
				String name = Names.cluster(host.name(), ecosystem);
				if (!names.add(name)) {
					// a second cluster of the same region and ecosystem is named after its NUTS 3 region
					String nuts3Name = "";
					for (var nuts3 : host.nuts3()) {
						if (nuts3.code().equals(p.clusterNuts3[k])) {
							nuts3Name = nuts3.name();
						}
					}
					name = Names.cluster(host.name() + " - " + nuts3Name, ecosystem);
					for (int suffix = 2; !names.add(name); suffix++) {
						name = Names.cluster(host.name() + " - " + nuts3Name, ecosystem) + " " + suffix;
					}
				}
				p.clusterName[k] = name;
				p.clusterAcronym[k] = Names.acronym(name);
			}
		}
		for (RealSet.Row row : this.real.clusters()) {
			realCluster(k++, row, names);
		}
	}

	/**
	 * A real cluster: its region and ecosystems as the real set gives them; its members are drawn later like any
	 * cluster's. Its other facts are written from the real row unchanged.
	 */
	private void realCluster(int k, RealSet.Row row, Set<String> names) {
		Population p = this.population;
		String region = realRegion(row);
		int nuts2 = this.reference.indexOf(region.substring(0, 4));
		Nuts2 host = this.reference.allNuts2.get(nuts2);
		Rng rng = Rng.of(this.seed, Stream.CLUSTER, k);
		p.clusterCountry[k] = host.country();
		p.clusterNuts2[k] = nuts2;
		p.clusterNuts3[k] = host.nuts3().stream().anyMatch(nuts3 -> nuts3.code().equals(region)) ? region
				: host.nuts3().get(rng.nextInt(host.nuts3().size())).code();
		List<String> ecosystems = this.real.ecosystemsOf(row.get("id"));
		if (ecosystems.isEmpty()) {
			throw row.problem("id", "real cluster " + row.get("id") + " has no row in cluster_ecosystems.csv");
		}
		int[] indexes = new int[ecosystems.size()];
		for (int i = 0; i < ecosystems.size(); i++) {
			indexes[i] = this.reference.ecosystems.indexOf(ecosystems.get(i));
			if (indexes[i] < 0) {
				throw row.problem("id", "real cluster " + row.get("id") + " has an unknown ecosystem '" + ecosystems.get(i) + "'");
			}
		}
		Arrays.sort(indexes, 1, indexes.length);
		p.clusterEcosystems[k] = indexes;
		String founded = row.get("founded");
		p.clusterFounded[k] = (founded == null) ? 2005 : Integer.parseInt(founded);
		p.clusterStaff[k] = 0;
		p.clusterLegalForm[k] = row.get("legal_form");
		p.clusterLabel[k] = (row.get("excellence_label") == null) ? "NONE" : row.get("excellence_label");
		p.clusterName[k] = row.get("name");
		p.clusterAcronym[k] = (row.get("acronym") == null) ? Names.acronym(row.get("name")) : row.get("acronym");
		names.add(p.clusterName[k]);
	}

	/** A real cluster's region, checked: a NUTS 2 or 3 code of the generator's regions. */
	private String realRegion(RealSet.Row row) {
		String region = row.get("region");
		if (region == null || region.length() < 4 || this.reference.indexOf(region.substring(0, 4)) < 0) {
			throw row.problem("region", "'" + region + "' is not a NUTS " + this.reference.nutsVersion
					+ " region of level 2 or 3 the generator knows");
		}
		return region;
	}

	/**
	 * Per ecosystem, the cumulative weights of a country's regions as a cluster's host: more clusters where NUTS 3
	 * regions are many, where the latent strength z is high (cluster presence then correlates with the regional
	 * indicators, as the Cluster Panorama 2024 found) and where the region is specialised in the cluster's primary
	 * ecosystem (LQ^1.5, GENERATOR.md); none where the ecosystem is a planted specialisation without a cluster.
	 */
	private double[][] hostWeights(List<Nuts2> regions) {
		Population p = this.population;
		double[][] weights = new double[this.reference.ecosystems.size()][];
		for (int e = 0; e < weights.length; e++) {
			int ecosystem = e;
			weights[e] = Rng.cumulative(regions.stream().mapToDouble(region -> {
				int r = this.reference.indexOf(region);
				return p.activity.planted[r][ecosystem] ? 0
						: StrictMath.pow(region.nuts3().size(), 0.9) * StrictMath.exp(0.5 * p.regionZ[r])
								* StrictMath.pow(p.activity.quotient[r][ecosystem], 1.5);
			}).toArray());
		}
		return weights;
	}

	/** The primary ecosystem, then 0-3 secondary ones, none of them planted as missing in the host region. */
	private int[] ecosystems(Rng rng, int primary, boolean[] plantedInHost) {
		int ecosystemCount = this.reference.ecosystems.size();
		List<Integer> others = new ArrayList<>();
		for (int e = 0; e < ecosystemCount; e++) {
			if (e != primary && !plantedInHost[e]) {
				others.add(e);
			}
		}
		int secondary = Math.min(rng.categorical(SECONDARY_ECOSYSTEMS), others.size());
		int[] result = new int[1 + secondary];
		result[0] = primary;
		for (int i = 0; i < secondary; i++) {
			result[1 + i] = others.remove(rng.nextInt(others.size()));
		}
		Arrays.sort(result, 1, result.length);
		return result;
	}

	/**
	 * Members per cluster: lognormal (sigma 1.05) rescaled to the mean and clipped to [15, 3000], rounded so the
	 * total is exactly clusters x mean. Each cluster then splits into company and organisation slots, and the
	 * company slots into home slots (one per company, exactly the company count) and extra slots.
	 */
	private void clusterSizes() {
		Population p = this.population;
		int count = p.clusterCount;
		double[] weights = new double[count];
		double[] companyShare = new double[count];
		for (int k = 0; k < count; k++) {
			Rng rng = Rng.of(this.seed, Stream.CLUSTER_SIZE, k);
			weights[k] = rng.lognormal(0, 1.05);
			companyShare[k] = Math.min(0.97, Math.max(0.6, rng.normal(0.88, 0.06)));
		}
		// the calibrated total, also when real clusters outside the EU27 add to the count: every membership beyond one
		// per company is an extra one, so 0.5% more slots would give about 9% more companies in two clusters
		int total = this.options.clusters() * this.options.meanMembers();
		double[] sizes = clippedToTotal(weights, total, 15, 3000);
		p.clusterMembers = Allocation.largestRemainder(sizes, total);
		p.clusterCompanySlots = new int[count];
		p.clusterOrganisationSlots = new int[count];
		int companySlots = 0;
		for (int k = 0; k < count; k++) {
			// every cluster has at least one non-company member: ECCP profiles need two member types
			p.clusterOrganisationSlots[k] = Math.max(1,
					(int) StrictMath.rint(p.clusterMembers[k] * (1 - companyShare[k])));
			p.clusterCompanySlots[k] = p.clusterMembers[k] - p.clusterOrganisationSlots[k];
			companySlots += p.clusterCompanySlots[k];
		}
		if (companySlots < this.options.companies()) {
			throw new IllegalArgumentException("The clusters have " + companySlots + " company memberships for "
					+ this.options.companies() + " companies: raise --clusters or --mean-members");
		}
	}

	/** Scales weights to the total, clipping to the bounds and rescaling the rest until the total holds. */
	static double[] clippedToTotal(double[] weights, double total, double min, double max) {
		double[] sizes = new double[weights.length];
		boolean[] fixed = new boolean[weights.length];
		for (int round = 0; round < 50; round++) {
			double fixedSum = 0;
			double freeWeight = 0;
			for (int i = 0; i < weights.length; i++) {
				if (fixed[i]) {
					fixedSum += sizes[i];
				}
				else {
					freeWeight += weights[i];
				}
			}
			double scale = (total - fixedSum) / freeWeight;
			boolean changed = false;
			for (int i = 0; i < weights.length; i++) {
				if (!fixed[i]) {
					sizes[i] = weights[i] * scale;
					if (sizes[i] < min || sizes[i] > max) {
						sizes[i] = Math.min(max, Math.max(min, sizes[i]));
						fixed[i] = true;
						changed = true;
					}
				}
			}
			if (!changed) {
				break;
			}
		}
		return sizes;
	}

	private void companies() {
		Population p = this.population;
		int n = this.options.companies();
		p.companyCount = n;
		int[] homeSlots = Allocation.largestRemainder(
				Arrays.stream(p.clusterCompanySlots).asDoubleStream().toArray(), n);
		p.companyHome = new int[n];
		int j = 0;
		for (int k = 0; k < p.clusterCount; k++) {
			for (int i = 0; i < homeSlots[k]; i++) {
				p.companyHome[j++] = k;
			}
		}
		p.companyNuts2 = new int[n];
		p.companyNuts3 = new String[n];
		p.companyLon = new double[n];
		p.companyLat = new double[n];
		p.companyEcosystem = new int[n];
		p.companyNace = new String[n];
		p.companySize = new int[n];
		p.companyEmployees = new int[n];
		p.companyTurnover = new long[n];
		p.companyFounded = new int[n];
		p.companyName = new String[n];
		p.companyLegalForm = new String[n];
		double[] sizeShares = Rng.cumulative(this.reference.sizeClassShares);
		double[] countryWeights = Rng.cumulative(
				this.reference.clusterPrior.keySet().stream().mapToDouble(this.reference.clusterPrior::get).toArray());
		List<String> countries = new ArrayList<>(this.reference.clusterPrior.keySet());
		// each company depends only on its index: the pool may run them in any order
		this.pool.submit(() -> IntStream.range(0, n)
			.parallel()
			.forEach(index -> company(index, sizeShares, countries, countryWeights)))
			.join();
	}

	private void company(int j, double[] sizeShares, List<String> countries, double[] countryWeights) {
		Population p = this.population;
		Rng rng = Rng.of(this.seed, Stream.COMPANY, j);
		int home = p.companyHome[j];
		Nuts2 clusterRegion = this.reference.allNuts2.get(p.clusterNuts2[home]);
		double where = rng.uniform();
		Nuts2 region;
		if (where < 0.75) {
			region = clusterRegion;
		}
		else if (where < 0.95) {
			List<Nuts2> inCountry = this.reference.nuts2ByCountry.get(clusterRegion.country());
			region = inCountry.get(rng.nextInt(inCountry.size()));
		}
		else {
			String country = countries.get(rng.categorical(countryWeights));
			List<Nuts2> abroad = this.reference.nuts2ByCountry.get(country);
			region = abroad.get(rng.nextInt(abroad.size()));
		}
		var nuts3 = region.nuts3().get(rng.nextInt(region.nuts3().size()));
		p.companyNuts2[j] = this.reference.indexOf(region);
		p.companyNuts3[j] = nuts3.code();
		p.companyLon[j] = StrictMath.rint((nuts3.lon() + rng.uniform(-0.05, 0.05)) * 10_000) / 10_000;
		p.companyLat[j] = StrictMath.rint((nuts3.lat() + rng.uniform(-0.05, 0.05)) * 10_000) / 10_000;
		int[] ecosystems = p.clusterEcosystems[home];
		int ecosystem = (ecosystems.length == 1 || rng.chance(0.6)) ? ecosystems[0]
				: ecosystems[1 + rng.nextInt(ecosystems.length - 1)];
		p.companyEcosystem[j] = ecosystem;
		var classes = this.reference.ecosystemClasses.get(this.reference.ecosystems.get(ecosystem));
		p.companyNace[j] = classes.codes().get(rng.categorical(classes.cumulative()));
		int size = rng.categorical(sizeShares);
		p.companySize[j] = size;
		Vocabulary.Headcount headcount = Vocabulary.SIZE_CLASS_HEADCOUNTS.get(size);
		p.companyEmployees[j] = switch (size) {
			case 0 -> (int) Math.min(headcount.max(), StrictMath.floor(rng.pareto(1, 1.2)));
			case 1, 2 -> rng.between(headcount.min(), headcount.max());
			default -> (int) Math.min(300_000, StrictMath.floor(headcount.min() * rng.pareto(1, 1.1)));
		};
		p.companyTurnover[j] = Math.round(p.companyEmployees[j] * rng.lognormal(StrictMath.log(150_000), 0.5) / 1000)
				* 1000;
		p.companyFounded[j] = Math.max(1900,
				Math.min(2023, 2024 - (int) StrictMath.floor(rng.lognormal(StrictMath.log(15), 0.7))));
		p.companyLegalForm[j] = Names.legalForm(region.country(), rng);
		p.companyName[j] = Names.stem(rng) + " "
				+ Names.sectorWord(p.companyNace[j], this.reference.sectionOfClass.get(p.companyNace[j])) + " "
				+ p.companyLegalForm[j];
	}

	/**
	 * The memberships beyond the home cluster: as many as the clusters have extra company slots, given to companies
	 * by weight (size class x lognormal noise, at most eight clusters each), each in a cluster nearby (same NUTS 2
	 * 55%, same country 30%, anywhere 15%) that preferably shares the company's ecosystem.
	 */
	private void extraMemberships() {
		Population p = this.population;
		int n = p.companyCount;
		int[] capacity = new int[p.clusterCount];
		int[] homeCount = new int[p.clusterCount];
		for (int j = 0; j < n; j++) {
			homeCount[p.companyHome[j]]++;
		}
		int extra = 0;
		for (int k = 0; k < p.clusterCount; k++) {
			capacity[k] = p.clusterCompanySlots[k] - homeCount[k];
			extra += capacity[k];
		}
		double[] weights = new double[n];
		for (int j = 0; j < n; j++) {
			weights[j] = EXTRA_WEIGHT_BY_SIZE[p.companySize[j]]
					* Rng.of(this.seed, Stream.EXTRA_MEMBERSHIP, j).lognormal(0, 1.2);
		}
		double[] cumulative = Rng.cumulative(weights);
		Map<Integer, List<Integer>> byNuts2 = new HashMap<>();
		Map<String, List<Integer>> byCountry = new HashMap<>();
		List<Integer> all = new ArrayList<>();
		for (int k = 0; k < p.clusterCount; k++) {
			byNuts2.computeIfAbsent(p.clusterNuts2[k], ignored -> new ArrayList<>()).add(k);
			byCountry.computeIfAbsent(p.clusterCountry[k], ignored -> new ArrayList<>()).add(k);
			all.add(k);
		}
		List<List<Integer>> joined = new ArrayList<>(n);
		for (int j = 0; j < n; j++) {
			joined.add(null);
		}
		Rng rng = Rng.of(this.seed, Stream.EXTRA_TARGET, 0);
		int placed = 0;
		for (int attempt = 0; placed < extra; attempt++) {
			if (attempt > extra * 50L) {
				throw new IllegalStateException("Could not place " + (extra - placed) + " extra memberships");
			}
			int j = rng.categorical(cumulative);
			List<Integer> clusters = joined.get(j);
			if (clusters != null && clusters.size() + 1 >= MAX_CLUSTERS_PER_COMPANY) {
				continue;
			}
			double scope = rng.uniform();
			String country = this.reference.allNuts2.get(p.companyNuts2[j]).country();
			List<Integer> candidates = (scope < 0.55) ? byNuts2.getOrDefault(p.companyNuts2[j], List.of())
					: (scope < 0.85) ? byCountry.getOrDefault(country, List.of()) : all;
			int target = pick(rng, candidates, j, capacity, clusters, true);
			if (target < 0) {
				target = pick(rng, all, j, capacity, clusters, false);
			}
			if (target < 0) {
				continue;
			}
			capacity[target]--;
			if (clusters == null) {
				clusters = new ArrayList<>(2);
				joined.set(j, clusters);
			}
			clusters.add(target);
			placed++;
		}
		p.companyExtraClusters = new int[n][];
		List<List<Integer>> members = new ArrayList<>(p.clusterCount);
		for (int k = 0; k < p.clusterCount; k++) {
			members.add(new ArrayList<>());
		}
		for (int j = 0; j < n; j++) {
			members.get(p.companyHome[j]).add(j);
		}
		for (int j = 0; j < n; j++) {
			List<Integer> clusters = joined.get(j);
			p.companyExtraClusters[j] = (clusters == null) ? new int[0]
					: clusters.stream().mapToInt(Integer::intValue).sorted().toArray();
			for (int k : p.companyExtraClusters[j]) {
				members.get(k).add(j);
			}
		}
		p.clusterCompanies = members.stream()
			.map(list -> list.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
	}

	/** A cluster with room, not the company's home nor one it joined, preferring a shared ecosystem. */
	private int pick(Rng rng, List<Integer> candidates, int j, int[] capacity, List<Integer> joined,
			boolean preferEcosystem) {
		Population p = this.population;
		List<Integer> open = new ArrayList<>();
		List<Integer> sharing = new ArrayList<>();
		for (int k : candidates) {
			if (capacity[k] > 0 && k != p.companyHome[j] && (joined == null || !joined.contains(k))) {
				open.add(k);
				if (preferEcosystem && contains(p.clusterEcosystems[k], p.companyEcosystem[j])) {
					sharing.add(k);
				}
			}
		}
		List<Integer> from = sharing.isEmpty() ? open : sharing;
		return from.isEmpty() ? -1 : from.get(rng.nextInt(from.size()));
	}

	/**
	 * Research centres, universities, public bodies and intermediaries. Half the time a cluster reuses one of the
	 * same type already in its NUTS 2 region, as real regions share their universities.
	 */
	private void organisations() {
		Population p = this.population;
		double[] typeShares = Rng.cumulative(this.reference.organisationTypeShares);
		List<Organisation> organisations = new ArrayList<>();
		Map<String, List<Integer>> pools = new HashMap<>();
		p.clusterOrganisations = new int[p.clusterCount][];
		for (int k = 0; k < p.clusterCount; k++) {
			Rng rng = Rng.of(this.seed, Stream.ORGANISATION, k);
			Nuts2 region = this.reference.allNuts2.get(p.clusterNuts2[k]);
			List<Integer> members = new ArrayList<>();
			for (int slot = 0; slot < p.clusterOrganisationSlots[k]; slot++) {
				int drawn = rng.categorical(typeShares);
				String type = (drawn == 0) ? (rng.chance(0.5) ? "RESEARCH" : "UNIVERSITY")
						: (drawn == 1) ? "PUBLIC" : "INTERMEDIARY";
				List<Integer> pool = pools.computeIfAbsent(region.code() + "/" + type, ignored -> new ArrayList<>());
				List<Integer> reusable = pool.stream().filter(o -> !members.contains(o)).toList();
				int chosen;
				if (!reusable.isEmpty() && rng.chance(0.5)) {
					chosen = reusable.get(rng.nextInt(reusable.size()));
				}
				else {
					var nuts3 = region.nuts3().get(rng.nextInt(region.nuts3().size()));
					chosen = organisations.size();
					organisations.add(new Organisation(organisationName(type, nuts3.name(), region.name(), p, k,
							chosen), type, nuts3.code(), p.clusterNuts2[k]));
					pool.add(chosen);
				}
				members.add(chosen);
			}
			p.clusterOrganisations[k] = members.stream().mapToInt(Integer::intValue).sorted().toArray();
		}
		p.organisations = organisations;
	}

	private String organisationName(String type, String nuts3Name, String nuts2Name, Population p, int k, int index) {
		String ecosystem = Names.ecosystemTerm(this.reference.ecosystems.get(p.clusterEcosystems[k][0]));
		return switch (type) {
			case "RESEARCH" -> nuts2Name + " Institute for " + ecosystem + " Research " + (index + 1);
			case "UNIVERSITY" -> "University of " + nuts3Name + " " + (index + 1);
			case "PUBLIC" -> nuts3Name + " Regional Development Agency " + (index + 1);
			default -> nuts2Name + " Chamber of Industry " + (index + 1);
		};
	}

	static boolean contains(int[] values, int value) {
		for (int v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}

}
