package eu.clustergraph.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import eu.clustergraph.generator.Rng.Stream;

/**
 * Generates the ties between the nodes: value-chain stages, company cooperation (Chung-Lu inside clusters, plus
 * pairs across clusters of one region and ecosystem), supply along the value chains, cluster partnerships and
 * bilateral agreements. Work that can run in parallel is collected by index and merged in index order.
 */
final class TieGenerator {

	/** Partners of a Eurocluster-like partnership, 3 to 10 with mean 5.7 (171 partners in 30 partnerships). */
	private static final double[] EUROCLUSTER_SIZES = Rng
		.cumulative(new double[] { 0.14, 0.18, 0.20, 0.17, 0.12, 0.09, 0.06, 0.04 });

	/** PROJECT 40% + KNOWLEDGE 25% of cooperation pairs; SUPPLY is the remaining 35%. */
	private static final double NON_SUPPLY_SHARE = 0.65;

	private static final int MISSING_STAGE_COUNTRIES = 2;

	/** Where a supplier's customer is (GENERATOR.md): its NUTS 2 region, elsewhere in its country, or abroad. */
	private static final double SUPPLY_SAME_REGION = 0.45;

	private static final double SUPPLY_SAME_COUNTRY = 0.30;

	/** Cross-border supply is a large firms' business: draw weights employees^x of suppliers and customers. */
	private static final double SUPPLIER_WEIGHT = 0.5;

	private static final double CUSTOMER_WEIGHT = 0.8;

	private static final String[] ESCP_KINDS = { "ESCP_4I", "ESCP_4X", "ESCP_S3" };

	private final GeneratorOptions options;

	private final GeneratorReference reference;

	private final ForkJoinPool pool;

	private final Population p;

	private final long seed;

	private final Ties ties = new Ties();

	/** Every cooperation pair so far, as {@link #pair}: no pair twice, whatever its type. */
	private final Set<Long> pairs = new HashSet<>();

	private final RealSet real;

	TieGenerator(GeneratorOptions options, GeneratorReference reference, ForkJoinPool pool, Population population,
			RealSet real) {
		this.real = real;
		this.options = options;
		this.reference = reference;
		this.pool = pool;
		this.p = population;
		this.seed = options.seed();
	}

	Ties generate() {
		stages();
		cooperation();
		crossClusterCooperation();
		supply();
		partnerships();
		agreements();
		return this.ties;
	}

	/**
	 * A company is active in a stage when its NACE class falls under the stage's key codes. A cluster contributes to
	 * 0-2 value chains that share an ecosystem with it (at least one with probability 0.35), at the stages its
	 * members are active in.
	 */
	private void stages() {
		int n = this.p.companyCount;
		Map<String, int[]> byClass = new HashMap<>();
		this.ties.companyStages = new int[n][];
		for (int j = 0; j < n; j++) {
			this.ties.companyStages[j] = byClass.computeIfAbsent(this.p.companyNace[j],
					code -> this.reference.stagesOf(code).stream().mapToInt(Integer::intValue).toArray());
		}
		List<String> chains = new ArrayList<>(this.reference.valueChainEcosystems.keySet());
		this.ties.clusterStages = new int[this.p.clusterCount][];
		for (int k = 0; k < this.p.clusterCount; k++) {
			Rng rng = Rng.of(this.seed, Stream.STAGE, k);
			Set<String> own = new HashSet<>();
			for (int e : this.p.clusterEcosystems[k]) {
				own.add(this.reference.ecosystems.get(e));
			}
			List<String> overlapping = chains.stream()
				.filter(chain -> this.reference.valueChainEcosystems.get(chain).stream().anyMatch(own::contains))
				.toList();
			List<Integer> stages = new ArrayList<>();
			// a real cluster's value chains are not known, and none is made up for it
			if (!this.p.isReal(k) && !overlapping.isEmpty() && rng.chance(0.35)) {
				List<String> candidates = new ArrayList<>(overlapping);
				int howMany = (candidates.size() > 1 && rng.chance(0.3)) ? 2 : 1;
				Set<Integer> memberStages = new HashSet<>();
				for (int j : this.p.clusterCompanies[k]) {
					for (int s : this.ties.companyStages[j]) {
						memberStages.add(s);
					}
				}
				for (int i = 0; i < howMany; i++) {
					String chain = candidates.remove(rng.nextInt(candidates.size()));
					for (int s = 0; s < this.reference.stages.size(); s++) {
						if (this.reference.stages.get(s).valueChain().equals(chain) && memberStages.contains(s)) {
							stages.add(s);
						}
					}
				}
			}
			this.ties.clusterStages[k] = stages.stream().mapToInt(Integer::intValue).sorted().toArray();
		}
		plantMissingStages();
	}

	/**
	 * Planted coverage gaps (GENERATOR.md, ground truth): for each value chain, up to {@value #MISSING_STAGE_COUNTRIES}
	 * countries whose clusters would contribute to one of its stages, and whose companies work in it, lose that
	 * stage from every cluster there. Drawn in stage and country order, so the choice is deterministic.
	 */
	private void plantMissingStages() {
		Map<String, Set<Integer>> activeByCountry = new TreeMap<>();
		for (int j = 0; j < this.p.companyCount; j++) {
			for (int s : this.ties.companyStages[j]) {
				activeByCountry.computeIfAbsent(country(j), ignored -> new TreeSet<>()).add(s);
			}
		}
		Map<String, List<Integer>> chainStages = new TreeMap<>();
		for (int s = 0; s < this.reference.stages.size(); s++) {
			chainStages.computeIfAbsent(this.reference.stages.get(s).valueChain(), ignored -> new ArrayList<>()).add(s);
		}
		int chainIndex = 0;
		for (Map.Entry<String, List<Integer>> chain : chainStages.entrySet()) {
			Rng rng = Rng.of(this.seed, Stream.PLANTED_GAP, 1_000 + chainIndex++);
			List<String[]> candidates = new ArrayList<>();
			for (String country : activeByCountry.keySet()) {
				for (int s : chain.getValue()) {
					if (activeByCountry.get(country).contains(s) && !clustersIn(country, s).isEmpty()) {
						candidates.add(new String[] { country, Integer.toString(s) });
					}
				}
			}
			Set<String> countries = new HashSet<>();
			while (countries.size() < MISSING_STAGE_COUNTRIES && !candidates.isEmpty()) {
				String[] chosen = candidates.remove(rng.nextInt(candidates.size()));
				if (countries.add(chosen[0])) {
					int stage = Integer.parseInt(chosen[1]);
					for (int k : clustersIn(chosen[0], stage)) {
						this.ties.clusterStages[k] = Arrays.stream(this.ties.clusterStages[k]).filter(s -> s != stage).toArray();
					}
					this.ties.missingStages.add(new MissingStage(chosen[0], stage));
				}
			}
		}
	}

	private List<Integer> clustersIn(String country, int stage) {
		List<Integer> clusters = new ArrayList<>();
		for (int k = 0; k < this.p.clusterCount; k++) {
			if (this.p.clusterCountry[k].equals(country) && Arrays.stream(this.ties.clusterStages[k]).anyMatch(s -> s == stage)) {
				clusters.add(k);
			}
		}
		return clusters;
	}

	/**
	 * Inside a cluster of n companies, round(n (1.5 + 0.5 ln n) / 2) pairs by Chung-Lu with weight employees^0.3:
	 * larger firms cooperate more, density falls with cluster size. 35% of all pairs are of type SUPPLY and run along
	 * the value chains ({@link #supply()}), so Chung-Lu draws the PROJECT and KNOWLEDGE share (65%) of that number.
	 */
	private void cooperation() {
		long[][] perCluster = new long[this.p.clusterCount][];
		this.pool.submit(() -> IntStream.range(0, this.p.clusterCount)
			.parallel()
			.forEach(k -> perCluster[k] = clusterPairs(k)))
			.join();
		for (int k = 0; k < this.p.clusterCount; k++) {
			Rng rng = Rng.of(this.seed, Stream.COOPERATION_TYPE, k);
			for (long pair : perCluster[k]) {
				addCooperation(pair, rng.chance(40.0 / 65) ? "PROJECT" : "KNOWLEDGE", rng.between(2010, 2024));
			}
		}
		this.ties.intraClusterPairs = this.ties.cooperations.size();
	}

	private long[] clusterPairs(int k) {
		int[] members = this.p.clusterCompanies[k];
		int n = members.length;
		if (n < 2) {
			return new long[0];
		}
		long wanted = Math.min((long) n * (n - 1) / 2,
				Math.round(NON_SUPPLY_SHARE * Math.round(n * (1.5 + 0.5 * StrictMath.log(n)) / 2)));
		double[] weights = new double[n];
		for (int i = 0; i < n; i++) {
			weights[i] = StrictMath.pow(Math.max(1, this.p.companyEmployees[members[i]]), 0.3);
		}
		double[] cumulative = Rng.cumulative(weights);
		Rng rng = Rng.of(this.seed, Stream.COOPERATION, k);
		Map<Long, Boolean> ordered = new LinkedHashMap<>();
		for (long attempts = 0; ordered.size() < wanted && attempts < wanted * 30; attempts++) {
			int a = members[rng.categorical(cumulative)];
			int b = members[rng.categorical(cumulative)];
			if (a != b) {
				ordered.putIfAbsent(pair(a, b), Boolean.TRUE);
			}
		}
		return ordered.keySet().stream().mapToLong(Long::longValue).toArray();
	}

	/** 10% more pairs across clusters, between companies of one NUTS 2 region and one ecosystem. */
	private void crossClusterCooperation() {
		Map<Long, List<Integer>> groups = new LinkedHashMap<>();
		for (int j = 0; j < this.p.companyCount; j++) {
			groups.computeIfAbsent(((long) this.p.companyNuts2[j] << 16) | this.p.companyEcosystem[j],
					ignored -> new ArrayList<>())
				.add(j);
		}
		List<List<Integer>> usable = groups.values().stream().filter(group -> group.size() > 1).toList();
		if (usable.isEmpty()) {
			return;
		}
		double[] cumulative = Rng.cumulative(usable.stream().mapToDouble(group -> (double) group.size()).toArray());
		long wanted = Math.round(this.ties.intraClusterPairs * 0.10);
		Rng rng = Rng.of(this.seed, Stream.CROSS_COOPERATION, 0);
		long added = 0;
		for (long attempts = 0; added < wanted && attempts < wanted * 30; attempts++) {
			List<Integer> group = usable.get(rng.categorical(cumulative));
			int a = group.get(rng.nextInt(group.size()));
			int b = group.get(rng.nextInt(group.size()));
			if (a != b && !shareACluster(a, b)
					&& addCooperation(pair(a, b), rng.chance(40.0 / 65) ? "PROJECT" : "KNOWLEDGE",
							rng.between(2010, 2024))) {
				added++;
			}
		}
	}

	/**
	 * Supply pairs, 35% of all cooperation, go along the value chains: from a company active in a stage s to one
	 * active in a stage that s feeds, with distance decay (GENERATOR.md, "Cooperation network"): the customer is in
	 * the supplier's NUTS 2 region with p 0.45, elsewhere in its country with p 0.30 and across a border with p 0.25.
	 * Across a border, large firms trade: suppliers are drawn with weight employees^0.5 and customers with weight
	 * employees^0.8. Each pair is a cooperation of type SUPPLY and a directed supply link carrying the supplier's
	 * stage.
	 */
	private void supply() {
		List<int[]> feeds = this.reference.feeds;
		List<List<Integer>> active = new ArrayList<>();
		for (int s = 0; s < this.reference.stages.size(); s++) {
			active.add(new ArrayList<>());
		}
		for (int j = 0; j < this.p.companyCount; j++) {
			for (int s : this.ties.companyStages[j]) {
				active.get(s).add(j);
			}
		}
		List<StageCompanies> byStage = active.stream().map(companies -> new StageCompanies(companies, this)).toList();
		double[] weights = feeds.stream()
			.mapToDouble(edge -> StrictMath.sqrt((double) active.get(edge[0]).size() * active.get(edge[1]).size()))
			.toArray();
		int wanted = (int) Math.round(this.ties.cooperations.size() * (1 - NON_SUPPLY_SHARE) / NON_SUPPLY_SHARE);
		int[] perEdge = Allocation.largestRemainder(weights, wanted);
		for (int e = 0; e < feeds.size(); e++) {
			StageCompanies suppliers = byStage.get(feeds.get(e)[0]);
			StageCompanies customers = byStage.get(feeds.get(e)[1]);
			if (suppliers.isEmpty() || customers.isEmpty()) {
				continue;
			}
			Rng rng = Rng.of(this.seed, Stream.SUPPLY, e);
			int added = 0;
			for (int attempts = 0; added < perEdge[e] && attempts < perEdge[e] * 30; attempts++) {
				double scope = rng.uniform();
				int supplier;
				int customer;
				if (scope < SUPPLY_SAME_REGION) {
					supplier = suppliers.any(rng);
					customer = customers.inRegion(rng, this.p.companyNuts2[supplier]);
				}
				else if (scope < SUPPLY_SAME_REGION + SUPPLY_SAME_COUNTRY) {
					supplier = suppliers.any(rng);
					customer = customers.elsewhereInCountry(rng, country(supplier), this.p.companyNuts2[supplier]);
				}
				else {
					supplier = suppliers.large(rng, SUPPLIER_WEIGHT);
					customer = customers.abroad(rng, country(supplier));
				}
				if (customer < 0 || customer == supplier) {
					continue;
				}
				int since = rng.between(2010, 2024);
				if (addCooperation(pair(supplier, customer), "SUPPLY", since)) {
					this.ties.supplies.add(new Supply(supplier, customer, feeds.get(e)[0], since));
					added++;
				}
			}
		}
	}

	/**
	 * The companies active in one stage, indexed for the supply draws: by NUTS 2 region and by country (ascending
	 * company index, so draws are reproducible), and by employees for the cross-border draws.
	 */
	private static final class StageCompanies {

		private final int[] all;

		private final Map<Integer, int[]> byRegion = new HashMap<>();

		private final Map<String, int[]> byCountry = new HashMap<>();

		private final TieGenerator generator;

		private double[] supplierWeights;

		private double[] customerWeights;

		StageCompanies(List<Integer> companies, TieGenerator generator) {
			this.generator = generator;
			this.all = companies.stream().mapToInt(Integer::intValue).toArray();
			Map<Integer, List<Integer>> regions = new HashMap<>();
			Map<String, List<Integer>> countries = new HashMap<>();
			for (int j : this.all) {
				regions.computeIfAbsent(generator.p.companyNuts2[j], ignored -> new ArrayList<>()).add(j);
				countries.computeIfAbsent(generator.country(j), ignored -> new ArrayList<>()).add(j);
			}
			regions.forEach((region, list) -> this.byRegion.put(region, list.stream().mapToInt(Integer::intValue).toArray()));
			countries.forEach((country, list) -> this.byCountry.put(country, list.stream().mapToInt(Integer::intValue).toArray()));
		}

		boolean isEmpty() {
			return this.all.length == 0;
		}

		int any(Rng rng) {
			return this.all[rng.nextInt(this.all.length)];
		}

		int large(Rng rng, double exponent) {
			if (this.supplierWeights == null) {
				this.supplierWeights = weights(exponent);
			}
			return this.all[rng.categorical(this.supplierWeights)];
		}

		/** A company of the region, or -1 when the stage has none there. */
		int inRegion(Rng rng, int nuts2) {
			int[] local = this.byRegion.get(nuts2);
			return (local == null) ? -1 : local[rng.nextInt(local.length)];
		}

		/** A company of the country outside the region, or -1 after a few draws that found none. */
		int elsewhereInCountry(Rng rng, String country, int nuts2) {
			int[] national = this.byCountry.get(country);
			if (national == null) {
				return -1;
			}
			for (int tries = 0; tries < 20; tries++) {
				int candidate = national[rng.nextInt(national.length)];
				if (this.generator.p.companyNuts2[candidate] != nuts2) {
					return candidate;
				}
			}
			return -1;
		}

		/** A company of another country, by employees^0.8, or -1 after a few draws that found none. */
		int abroad(Rng rng, String country) {
			if (this.customerWeights == null) {
				this.customerWeights = weights(CUSTOMER_WEIGHT);
			}
			for (int tries = 0; tries < 20; tries++) {
				int candidate = this.all[rng.categorical(this.customerWeights)];
				if (!this.generator.country(candidate).equals(country)) {
					return candidate;
				}
			}
			return -1;
		}

		private double[] weights(double exponent) {
			double[] weights = new double[this.all.length];
			for (int i = 0; i < this.all.length; i++) {
				weights[i] = StrictMath.pow(Math.max(1, this.generator.p.companyEmployees[this.all[i]]), exponent);
			}
			return Rng.cumulative(weights);
		}

	}

	/**
	 * Eurocluster-like partnerships, round(30 C / 1091), of 3-10 clusters from at least three countries that share
	 * the target ecosystem; ESCP-like ones, round(C / 25), of 3-6 clusters.
	 */
	private void partnerships() {
		// synthetic partnerships fill up to the calibrated totals around the real ones, among synthetic clusters
		int clusters = this.p.syntheticClusterCount;
		int euroclusters = (int) Math.max(0, Math.round(30.0 * this.p.clusterCount / 1091)
				- this.real.partnershipsOfKind("EUROCLUSTER"::equals));
		int escps = (int) Math.max(0, Math.round(this.p.clusterCount / 25.0)
				- this.real.partnershipsOfKind(kind -> kind != null && kind.startsWith("ESCP")));
		double[] ecosystemShares = Rng.cumulative(this.reference.primaryEcosystemShare);
		for (int i = 0; i < euroclusters + escps; i++) {
			Rng rng = Rng.of(this.seed, Stream.PARTNERSHIP, i);
			boolean eurocluster = i < euroclusters;
			int ecosystem = rng.categorical(ecosystemShares);
			int size = eurocluster ? 3 + rng.categorical(EUROCLUSTER_SIZES) : rng.between(3, 6);
			List<Integer> candidates = new ArrayList<>();
			for (int k = 0; k < clusters; k++) {
				if (PopulationGenerator.contains(this.p.clusterEcosystems[k], ecosystem)) {
					candidates.add(k);
				}
			}
			if (candidates.stream().map(k -> this.p.clusterCountry[k]).distinct().count() < 3) {
				candidates = IntStream.range(0, clusters).boxed().toList();
			}
			int[] partners = partners(rng, candidates, Math.min(size, candidates.size()));
			String kind = eurocluster ? "EUROCLUSTER" : ESCP_KINDS[rng.nextInt(ESCP_KINDS.length)];
			String ecosystemId = this.reference.ecosystems.get(ecosystem);
			List<String> chains = this.reference.valueChainEcosystems.entrySet()
				.stream()
				.filter(entry -> entry.getValue().contains(ecosystemId))
				.map(Map.Entry::getKey)
				.toList();
			String valueChain = (!chains.isEmpty() && rng.chance(0.5)) ? chains.get(rng.nextInt(chains.size())) : null;
			int start = eurocluster ? 2022 : rng.between(2016, 2020);
			String name = (eurocluster ? "Euroclusters " : kind.replace("ESCP_", "ESCP-").replace("4I", "4i")
				.replace("4X", "4x") + " ") + this.reference.ecosystemNames.get(ecosystemId) + " " + (i + 1);
			this.ties.partnerships.add(new Partnership(kind, name, eurocluster ? "EUROCLUSTERS_W1" : kind, start,
					start + (eurocluster ? 3 : 4), ecosystemId, valueChain, partners));
		}
	}

	/** The first three from three different countries, the rest from anywhere among the candidates. */
	private int[] partners(Rng rng, List<Integer> candidates, int size) {
		List<Integer> chosen = new ArrayList<>();
		Set<String> countries = new HashSet<>();
		for (int attempts = 0; chosen.size() < size && attempts < 10_000; attempts++) {
			int k = candidates.get(rng.nextInt(candidates.size()));
			boolean newCountryNeeded = countries.size() < 3;
			if (!chosen.contains(k) && (!newCountryNeeded || !countries.contains(this.p.clusterCountry[k]))) {
				chosen.add(k);
				countries.add(this.p.clusterCountry[k]);
			}
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/** 0.6 bilateral agreements per cluster, 70% within an ecosystem, three in four across a border. */
	private void agreements() {
		// synthetic agreements fill up to 0.6 per cluster around the real ones, among synthetic clusters
		int clusters = this.p.syntheticClusterCount;
		int wanted = (int) Math.max(0, Math.round(0.6 * this.p.clusterCount) - this.real.agreements().size());
		Set<Long> seen = new HashSet<>();
		Rng rng = Rng.of(this.seed, Stream.AGREEMENT, 0);
		for (int attempts = 0; this.ties.agreements.size() < wanted && attempts < wanted * 100; attempts++) {
			int a = rng.nextInt(clusters);
			boolean sameEcosystem = rng.chance(0.7);
			boolean crossBorder = rng.chance(0.75);
			int b = -1;
			for (int tries = 0; tries < 50 && b < 0; tries++) {
				int candidate = rng.nextInt(clusters);
				boolean ecosystemOk = !sameEcosystem
						|| this.p.clusterEcosystems[candidate][0] == this.p.clusterEcosystems[a][0];
				boolean borderOk = crossBorder != this.p.clusterCountry[candidate].equals(this.p.clusterCountry[a]);
				if (candidate != a && ecosystemOk && borderOk) {
					b = candidate;
				}
			}
			if (b >= 0 && seen.add(pair(a, b))) {
				this.ties.agreements.add(new int[] { a, b, rng.between(2010, 2024) });
			}
		}
	}

	private boolean addCooperation(long pair, String type, int since) {
		if (!this.pairs.add(pair)) {
			return false;
		}
		this.ties.cooperations.add(new Cooperation(pair, type, since));
		return true;
	}

	private boolean shareACluster(int a, int b) {
		Set<Integer> clustersOfA = new HashSet<>();
		clustersOfA.add(this.p.companyHome[a]);
		for (int k : this.p.companyExtraClusters[a]) {
			clustersOfA.add(k);
		}
		if (clustersOfA.contains(this.p.companyHome[b])) {
			return true;
		}
		return Arrays.stream(this.p.companyExtraClusters[b]).anyMatch(clustersOfA::contains);
	}

	private String country(int company) {
		return this.reference.allNuts2.get(this.p.companyNuts2[company]).country();
	}

	/** An unordered pair of indexes as one number, the smaller index first. */
	static long pair(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

	/** The generated ties. */
	static final class Ties {

		int[][] companyStages;

		int[][] clusterStages;

		final List<Cooperation> cooperations = new ArrayList<>();

		int intraClusterPairs;

		final List<Supply> supplies = new ArrayList<>();

		final List<Partnership> partnerships = new ArrayList<>();

		/** cluster a, cluster b, since. */
		final List<int[]> agreements = new ArrayList<>();

		/** The stages planted as missing in a country (ground truth). */
		final List<MissingStage> missingStages = new ArrayList<>();

	}

	record Cooperation(long pair, String type, int since) {

		int first() {
			return (int) (this.pair >>> 32);
		}

		int second() {
			return (int) this.pair;
		}

	}

	record MissingStage(String country, int stage) {
	}

	record Supply(int supplier, int customer, int stage, int since) {
	}

	record Partnership(String kind, String name, String programme, int startYear, int endYear, String ecosystem,
			String valueChain, int[] clusters) {
	}

}
