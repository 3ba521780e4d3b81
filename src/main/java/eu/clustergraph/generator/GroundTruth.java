package eu.clustergraph.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import eu.clustergraph.dataset.RegionalSpecialisation;
import eu.clustergraph.generator.Rng.Stream;
import eu.clustergraph.generator.TieGenerator.Cooperation;
import eu.clustergraph.generator.TieGenerator.MissingStage;
import eu.clustergraph.generator.TieGenerator.Partnership;
import eu.clustergraph.generator.TieGenerator.Supply;
import eu.clustergraph.generator.TieGenerator.Ties;

/**
 * The ground truth of the gap finders (GENERATOR.md), written to {@code truth/} beside the dataset and never
 * imported. It is computed from the generator's own arrays, not from the graph, so a recovery test compares two
 * independent routes to the same facts:
 * <ul>
 * <li>unorganised strengths: every region and ecosystem that is a specialisation by {@link RegionalSpecialisation}
 * and hosts no cluster of the ecosystem, the planted ones flagged;</li>
 * <li>missing stages: every country and stage its companies work in but no cluster there contributes to, the planted
 * ones flagged;</li>
 * <li>complementary pairs: pairs in stages s and t (s feeds t), in different NUTS 2 regions, with no possible tie of
 * the default minimum strength within two hops (by an upper bound of every tie's strength), expected
 * {@code UNTIED}; and complementary pairs with an agreement or a common partnership (strength at least 0.7), expected
 * {@code TIED}, the controls a finder must not report.</li>
 * </ul>
 */
final class GroundTruth {

	record UnorganisedStrength(String region, String ecosystem, double quotient, long employees, long establishments,
			boolean planted) {
	}

	record MissingStageRow(String country, String stage, int activeCompanies, boolean planted) {
	}

	record ComplementaryPair(int cluster, int partner, String stage, String partnerStage, boolean tied) {
	}

	/** The service's default minimum strength of a tie ({@code clustergraph.cooperation.min-strength}). */
	static final double MIN_STRENGTH = 0.6;

	private static final int SHARED_MEMBERS = 0;

	private static final int PARTNERSHIPS = 1;

	private static final int AGREEMENTS = 2;

	private static final int LINKS = 3;

	private final GeneratorReference reference;

	private final Population p;

	private final Ties ties;

	private final long seed;

	private final RealSet real;

	GroundTruth(GeneratorReference reference, Population population, Ties ties, RealSet real, long seed) {
		this.real = real;
		this.reference = reference;
		this.p = population;
		this.ties = ties;
		this.seed = seed;
	}

	List<UnorganisedStrength> unorganisedStrengths() {
		RegionalActivity activity = this.p.activity;
		int ecosystems = this.reference.ecosystems.size();
		boolean[][] present = new boolean[this.reference.allNuts2.size()][ecosystems];
		for (int k = 0; k < this.p.clusterCount; k++) {
			for (int e : this.p.clusterEcosystems[k]) {
				present[this.p.clusterNuts2[k]][e] = true;
			}
		}
		List<UnorganisedStrength> rows = new ArrayList<>();
		for (int r = 0; r < this.reference.allNuts2.size(); r++) {
			for (int e = 0; e < ecosystems; e++) {
				if (!present[r][e] && RegionalSpecialisation.holds(activity.quotient[r][e],
						activity.ecosystemEmployees[r][e], activity.ecosystemEstablishments[r][e])) {
					rows.add(new UnorganisedStrength(this.reference.allNuts2.get(r).code(), this.reference.ecosystems.get(e),
							activity.quotient[r][e], activity.ecosystemEmployees[r][e],
							activity.ecosystemEstablishments[r][e], activity.planted[r][e]));
				}
			}
		}
		return rows;
	}

	List<MissingStageRow> missingStages() {
		Map<String, int[]> active = new TreeMap<>();
		Map<String, boolean[]> covered = new TreeMap<>();
		int stages = this.reference.stages.size();
		for (String country : this.reference.nuts2ByCountry.keySet()) {
			active.put(country, new int[stages]);
			covered.put(country, new boolean[stages]);
		}
		for (int j = 0; j < this.p.companyCount; j++) {
			for (int s : this.ties.companyStages[j]) {
				active.get(this.reference.allNuts2.get(this.p.companyNuts2[j]).country())[s]++;
			}
		}
		for (int k = 0; k < this.p.clusterCount; k++) {
			for (int s : this.ties.clusterStages[k]) {
				covered.get(this.p.clusterCountry[k])[s] = true;
			}
		}
		Set<String> planted = new TreeSet<>();
		for (MissingStage missing : this.ties.missingStages) {
			planted.add(missing.country() + " " + missing.stage());
		}
		List<MissingStageRow> rows = new ArrayList<>();
		active.forEach((country, counts) -> {
			for (int s = 0; s < stages; s++) {
				if (counts[s] > 0 && !covered.get(country)[s]) {
					rows.add(new MissingStageRow(country, this.reference.stages.get(s).id(), counts[s],
							planted.contains(country + " " + s)));
				}
			}
		});
		return rows;
	}

	/** Up to {@code count} untied pairs drawn from all that qualify, and as many tied controls. */
	List<ComplementaryPair> complementaryPairs(int count) {
		BitSet[] possiblyStrong = possiblyStrong();
		List<ComplementaryPair> untied = new ArrayList<>();
		List<ComplementaryPair> tied = new ArrayList<>();
		List<List<Integer>> clustersOfStage = new ArrayList<>();
		for (int s = 0; s < this.reference.stages.size(); s++) {
			clustersOfStage.add(new ArrayList<>());
		}
		for (int k = 0; k < this.p.clusterCount; k++) {
			for (int s : this.ties.clusterStages[k]) {
				clustersOfStage.get(s).add(k);
			}
		}
		BitSet[] strong = strongEvidence();
		Set<Long> seen = new TreeSet<>();
		for (int[] feed : this.reference.feeds) {
			String upstream = this.reference.stages.get(feed[0]).id();
			String downstream = this.reference.stages.get(feed[1]).id();
			for (int a : clustersOfStage.get(feed[0])) {
				for (int b : clustersOfStage.get(feed[1])) {
					if (a == b || this.p.clusterNuts2[a] == this.p.clusterNuts2[b] || !seen.add(TieGenerator.pair(a, b))) {
						continue;
					}
					if (strong[a].get(b)) {
						tied.add(new ComplementaryPair(a, b, upstream, downstream, true));
					}
					else if (!possiblyStrong[a].get(b) && !possiblyStrong[a].intersects(possiblyStrong[b])) {
						untied.add(new ComplementaryPair(a, b, upstream, downstream, false));
					}
				}
			}
		}
		List<ComplementaryPair> rows = new ArrayList<>(draw(untied, count, 0));
		rows.addAll(draw(tied, count, 1));
		return rows;
	}

	private List<ComplementaryPair> draw(List<ComplementaryPair> pairs, int count, int stream) {
		List<ComplementaryPair> pool = new ArrayList<>(pairs);
		Rng rng = Rng.of(this.seed, Stream.PLANTED_GAP, 2_000 + stream);
		List<ComplementaryPair> drawn = new ArrayList<>();
		while (drawn.size() < count && !pool.isEmpty()) {
			drawn.add(pool.remove(rng.nextInt(pool.size())));
		}
		return drawn;
	}

	/**
	 * Per cluster, every cluster it may be tied to at {@link #MIN_STRENGTH} or more: an upper bound of the strength
	 * the service derives (DESIGN.md, Cooperation), counting every member link between the two clusters (the service
	 * leaves out links of members in both) and every company pair once per link. A pair missing here has no such tie.
	 */
	private BitSet[] possiblyStrong() {
		Map<Long, int[]> evidence = new HashMap<>();
		List<List<Integer>> clustersOfCompany = clustersOfCompany();
		for (List<Integer> clusters : clustersOfCompany) {
			count(evidence, clusters, SHARED_MEMBERS);
		}
		List<List<Integer>> clustersOfOrganisation = new ArrayList<>();
		for (int o = 0; o < this.p.organisations.size(); o++) {
			clustersOfOrganisation.add(new ArrayList<>());
		}
		for (int k = 0; k < this.p.clusterCount; k++) {
			for (int o : this.p.clusterOrganisations[k]) {
				clustersOfOrganisation.get(o).add(k);
			}
		}
		for (List<Integer> clusters : clustersOfOrganisation) {
			count(evidence, clusters, SHARED_MEMBERS);
		}
		for (Partnership partnership : this.ties.partnerships) {
			count(evidence, Arrays.stream(partnership.clusters()).boxed().toList(), PARTNERSHIPS);
		}
		for (int[] agreement : this.ties.agreements) {
			count(evidence, List.of(agreement[0], agreement[1]), AGREEMENTS);
		}
		realPartnershipsAndAgreements(evidence);
		for (Cooperation cooperation : this.ties.cooperations) {
			link(evidence, clustersOfCompany, cooperation.first(), cooperation.second());
		}
		for (Supply supply : this.ties.supplies) {
			link(evidence, clustersOfCompany, supply.supplier(), supply.customer());
		}
		BitSet[] strong = new BitSet[this.p.clusterCount];
		for (int k = 0; k < this.p.clusterCount; k++) {
			strong[k] = new BitSet(this.p.clusterCount);
		}
		evidence.forEach((pair, counts) -> {
			int a = (int) (pair >>> 32);
			int b = (int) (long) pair;
			double sizes = (double) this.p.clusterMembers[a] * this.p.clusterMembers[b];
			double weakness = StrictMath.pow(0.75, counts[SHARED_MEMBERS]) * StrictMath.pow(0.3, counts[PARTNERSHIPS])
					* StrictMath.pow(0.1, counts[AGREEMENTS])
					* StrictMath.exp(-20.0 * counts[LINKS] / StrictMath.sqrt(sizes));
			if (1 - weakness >= MIN_STRENGTH) {
				strong[a].set(b);
				strong[b].set(a);
			}
		});
		return strong;
	}

	/** The real set's partnerships and agreements are evidence too. */
	private void realPartnershipsAndAgreements(Map<Long, int[]> evidence) {
		Map<String, Integer> index = new HashMap<>();
		for (int k = 0; k < this.p.clusterCount; k++) {
			index.put(this.p.clusterId(k), k);
		}
		Map<String, List<Integer>> members = new TreeMap<>();
		for (RealSet.Row row : this.real.partnershipMembers()) {
			Integer k = index.get(row.get("cluster_id"));
			if (k != null) {
				members.computeIfAbsent(row.get("partnership_id"), id -> new ArrayList<>()).add(k);
			}
		}
		members.values().forEach(clusters -> count(evidence, clusters, PARTNERSHIPS));
		for (RealSet.Row row : this.real.agreements()) {
			Integer a = index.get(row.get("cluster_id"));
			Integer b = index.get(row.get("partner_id"));
			if (a != null && b != null) {
				count(evidence, List.of(a, b), AGREEMENTS);
			}
		}
	}

	private static void count(Map<Long, int[]> evidence, List<Integer> clusters, int channel) {
		for (int i = 0; i < clusters.size(); i++) {
			for (int j = i + 1; j < clusters.size(); j++) {
				if (!clusters.get(i).equals(clusters.get(j))) {
					evidence.computeIfAbsent(TieGenerator.pair(clusters.get(i), clusters.get(j)),
							ignored -> new int[4])[channel]++;
				}
			}
		}
	}

	/** Per cluster, the clusters it has an agreement or a common partnership with: a tie of strength 0.7 or more. */
	private BitSet[] strongEvidence() {
		BitSet[] evidence = new BitSet[this.p.clusterCount];
		for (int k = 0; k < this.p.clusterCount; k++) {
			evidence[k] = new BitSet(this.p.clusterCount);
		}
		for (int[] agreement : this.ties.agreements) {
			connect(evidence, agreement[0], agreement[1]);
		}
		for (Partnership partnership : this.ties.partnerships) {
			for (int a : partnership.clusters()) {
				for (int b : partnership.clusters()) {
					connect(evidence, a, b);
				}
			}
		}
		return evidence;
	}

	private List<List<Integer>> clustersOfCompany() {
		List<List<Integer>> clusters = new ArrayList<>();
		for (int j = 0; j < this.p.companyCount; j++) {
			List<Integer> own = new ArrayList<>();
			own.add(this.p.companyHome[j]);
			for (int k : this.p.companyExtraClusters[j]) {
				own.add(k);
			}
			clusters.add(own);
		}
		return clusters;
	}

	private static void link(Map<Long, int[]> evidence, List<List<Integer>> clustersOfCompany, int x, int y) {
		for (int c : clustersOfCompany.get(x)) {
			for (int d : clustersOfCompany.get(y)) {
				if (c != d) {
					evidence.computeIfAbsent(TieGenerator.pair(c, d), ignored -> new int[4])[LINKS]++;
				}
			}
		}
	}

	private static void connect(BitSet[] evidence, int a, int b) {
		if (a != b) {
			evidence[a].set(b);
			evidence[b].set(a);
		}
	}

}
