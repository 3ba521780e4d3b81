package eu.clustergraph.gaps;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.gaps.CooperationGap.Fact;
import eu.clustergraph.gaps.CooperationGap.ScorePart;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * {@code COMPLEMENTARY_STAGES}: clusters a and b where a works in stage s, b in stage t and s feeds t, in different
 * NUTS 2 regions, with no tie of at least the minimum strength within two hops (not tied, no strong common partner).
 * The score weighs:
 * <ul>
 * <li>stage fit (0.4): the geometric mean of the shares of a's members active in s and b's in t;</li>
 * <li>shared ecosystems (0.2): the Jaccard overlap of their ecosystems;</li>
 * <li>network proximity (0.2): Adamic-Adar over the whole weighted tie network, weak ties included (a pair without a
 * strong tie within two hops can still share weak partners): the sum over common partners z of the mean strength of
 * the two ties to z over ln(1 + z's weighted degree), the weighted form of GDS's
 * {@code gds.alpha.linkprediction.adamicAdar} (Murata and Moriyasu, 2007); as a value, divided by the highest among
 * the pairs of the answer;</li>
 * <li>excellence (0.2): their excellence labels, GOLD 3, SILVER 2, BRONZE 1, out of 6.</li>
 * </ul>
 * Three statements: the candidates, the stage pairs and the tie network, which is small enough to check in memory
 * and is kept until its version changes (ties are derived again).
 */
@Component
class ComplementaryStages implements GapFinder {

	private static final Map<String, Integer> LABEL_RANK = Map.of("GOLD", 3, "SILVER", 2, "BRONZE", 1);

	private final CypherRunner cypher;

	private final NamedQuery candidates;

	private final NamedQuery feeds;

	private final NamedQuery ties;

	private volatile Ties cachedTies;

	ComplementaryStages(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.candidates = queries.get("gaps/stage-clusters");
		this.feeds = queries.get("gaps/feeds");
		this.ties = queries.get("gaps/ties");
	}

	@Override
	public GapKind kind() {
		return GapKind.COMPLEMENTARY_STAGES;
	}

	private record Candidate(Cluster cluster, String region, Stage stage, double share, Set<String> ecosystems) {
	}

	@Override
	public List<CooperationGap> find(GapQuery query, GapReference reference) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("valueChain", query.valueChain());
		Map<String, List<Candidate>> byStage = this.cypher.read(this.candidates, parameters, ComplementaryStages::candidate)
			.stream()
			.collect(Collectors.groupingBy(candidate -> candidate.stage().id(), LinkedHashMap::new, Collectors.toList()));
		List<String[]> stagePairs = this.cypher.read(this.feeds, parameters,
				record -> new String[] { record.get("from").asString(), record.get("to").asString() });
		Network network = new Network(ties(reference.tieVersion()), query.minStrength());
		List<Pair> pairs = new ArrayList<>();
		for (String[] feed : stagePairs) {
			for (Candidate a : byStage.getOrDefault(feed[0], List.of())) {
				for (Candidate b : byStage.getOrDefault(feed[1], List.of())) {
					if (wanted(a, b, query) && !network.withinTwoHops(a.cluster().id(), b.cluster().id())) {
						pairs.add(new Pair(a, b, network.adamicAdar(a.cluster().id(), b.cluster().id())));
					}
				}
			}
		}
		double highest = pairs.stream().mapToDouble(pair -> pair.proximity().score()).max().orElse(0);
		Map<String, CooperationGap> best = new HashMap<>();
		for (Pair pair : pairs) {
			CooperationGap gap = gap(pair, highest, reference);
			best.merge(gap.key(), gap, (x, y) -> (x.score() >= y.score()) ? x : y);
		}
		return new ArrayList<>(best.values());
	}

	/**
	 * Every tie with its strength, read again only when the tie network's version has changed since: the read is most
	 * of a gaps request at full scale (BENCHMARKS.md).
	 */
	private List<Tie> ties(Long version) {
		Ties cached = this.cachedTies;
		if (version != null && cached != null && cached.version() == version) {
			return cached.ties();
		}
		List<Tie> ties = this.cypher.read(this.ties, Map.of(), record -> new Tie(record.get("a").asString(),
				record.get("b").asString(), record.get("strength").asDouble()));
		if (version != null) {
			this.cachedTies = new Ties(version, ties);
		}
		return ties;
	}

	private record Tie(String a, String b, double strength) {
	}

	/** A complementary pair without a strong tie within two hops, with its proximity over every tie. */
	private record Pair(Candidate a, Candidate b, Network.Proximity proximity) {
	}

	private record Ties(long version, List<Tie> ties) {
	}

	private static Candidate candidate(Record record) {
		Value node = record.get("c");
		Value stage = record.get("stage");
		int members = node.get("companyCount").asInt(0);
		double share = (members == 0) ? 0 : record.get("activeMembers").asDouble() / members;
		return new Candidate(Cluster.from(node), node.get("region").asString(""),
				Stage.from(stage, stage.get("valueChain").asString()), share,
				Set.copyOf(record.get("ecosystems").asList(Value::asString)));
	}

	private static boolean wanted(Candidate a, Candidate b, GapQuery query) {
		if (a.cluster().id().equals(b.cluster().id()) || nuts2(a.region()).equals(nuts2(b.region()))) {
			return false;
		}
		if (!query.inArea(a.region()) && !query.inArea(b.region())) {
			return false;
		}
		return query.ecosystem() == null || a.ecosystems().contains(query.ecosystem())
				|| b.ecosystems().contains(query.ecosystem());
	}

	private static String nuts2(String region) {
		return region.substring(0, Math.min(4, region.length()));
	}

	private static CooperationGap gap(Pair pair, double highestProximity, GapReference reference) {
		Candidate a = pair.a();
		Candidate b = pair.b();
		double stageFit = Math.sqrt(a.share() * b.share());
		Set<String> union = new java.util.TreeSet<>(a.ecosystems());
		union.addAll(b.ecosystems());
		List<String> shared = a.ecosystems().stream().filter(b.ecosystems()::contains).sorted().toList();
		double ecosystems = union.isEmpty() ? 0 : (double) shared.size() / union.size();
		Network.Proximity proximity = pair.proximity();
		double closeness = (highestProximity > 0) ? proximity.score() / highestProximity : 0;
		int labels = LABEL_RANK.getOrDefault(a.cluster().excellenceLabel(), 0)
				+ LABEL_RANK.getOrDefault(b.cluster().excellenceLabel(), 0);
		double excellence = labels / 6.0;
		List<ScorePart> parts = List.of(ScorePart.of("stage fit", 0.4, stageFit),
				ScorePart.of("ecosystem overlap", 0.2, ecosystems), ScorePart.of("network proximity", 0.2, closeness),
				ScorePart.of("excellence", 0.2, excellence));
		List<Fact> facts = List.of(Fact.of("stage fit", stageFit),
				Fact.of(a.cluster().id() + " members active in " + a.stage().id(), percent(a.share())),
				Fact.of(b.cluster().id() + " members active in " + b.stage().id(), percent(b.share())),
				Fact.of("shared ecosystems", shared.isEmpty() ? "none" : String.join(", ", shared)),
				Fact.of("ecosystem overlap", ecosystems),
				Fact.of("common partners over weak ties", proximity.partners()),
				Fact.of("Adamic-Adar proximity (weighted)", proximity.score()),
				Fact.of("network proximity, relative to the closest pair", closeness),
				Fact.of("excellence labels", a.cluster().excellenceLabel() + " + " + b.cluster().excellenceLabel()),
				Fact.of("regions", a.region() + " / " + b.region()),
				Fact.of("strong tie within two hops", "none"));
		String summary = a.cluster().name() + " (" + a.cluster().country() + ") works in " + a.stage().name()
				+ ", which feeds " + b.stage().name() + " where " + b.cluster().name() + " (" + b.cluster().country()
				+ ") works; they have no strong tie and no strong common partner.";
		String first = a.cluster().id().compareTo(b.cluster().id()) < 0 ? a.cluster().id() : b.cluster().id();
		String second = first.equals(a.cluster().id()) ? b.cluster().id() : a.cluster().id();
		return CooperationGap.scored(GapKind.COMPLEMENTARY_STAGES, parts, summary, facts,
				List.of(a.cluster(), b.cluster()), List.of(a.stage(), b.stage()),
				reference.valueChains().get(a.stage().valueChainId()), null, null, null, first + "+" + second);
	}

	private static String percent(double share) {
		return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
	}

	/**
	 * The tie network: the strong ties (at least the minimum strength) as bit sets for the two-hop test, and every tie
	 * with its strength for the weighted Adamic-Adar proximity, over about a thousand clusters.
	 */
	private static final class Network {

		private final Map<String, Integer> index = new HashMap<>();

		private final List<BitSet> strong = new ArrayList<>();

		private final List<Map<Integer, Double>> weighted = new ArrayList<>();

		private final List<Double> weightedDegree = new ArrayList<>();

		Network(List<Tie> ties, double minStrength) {
			for (Tie tie : ties) {
				int a = node(tie.a());
				int b = node(tie.b());
				if (tie.strength() >= minStrength) {
					this.strong.get(a).set(b);
					this.strong.get(b).set(a);
				}
				this.weighted.get(a).put(b, tie.strength());
				this.weighted.get(b).put(a, tie.strength());
				this.weightedDegree.set(a, this.weightedDegree.get(a) + tie.strength());
				this.weightedDegree.set(b, this.weightedDegree.get(b) + tie.strength());
			}
		}

		private int node(String id) {
			return this.index.computeIfAbsent(id, ignored -> {
				this.strong.add(new BitSet());
				this.weighted.add(new java.util.TreeMap<>());
				this.weightedDegree.add(0.0);
				return this.strong.size() - 1;
			});
		}

		private BitSet of(String id) {
			Integer at = this.index.get(id);
			return (at == null) ? new BitSet() : this.strong.get(at);
		}

		boolean withinTwoHops(String a, String b) {
			Integer atB = this.index.get(b);
			return (atB != null && of(a).get(atB)) || of(a).intersects(of(b));
		}

		record Proximity(int partners, double score) {
		}

		/**
		 * Weighted Adamic-Adar: over the common partners z of a and b (ties of any strength), the mean strength of
		 * the ties a-z and z-b over ln(1 + z's weighted degree). Partners in id order, so sums are the same everywhere.
		 */
		Proximity adamicAdar(String a, String b) {
			Integer atA = this.index.get(a);
			Integer atB = this.index.get(b);
			if (atA == null || atB == null) {
				return new Proximity(0, 0);
			}
			Map<Integer, Double> nearB = this.weighted.get(atB);
			int partners = 0;
			double score = 0;
			for (Map.Entry<Integer, Double> z : this.weighted.get(atA).entrySet()) {
				Double toB = nearB.get(z.getKey());
				if (toB != null) {
					partners++;
					score += (z.getValue() + toB) / 2 / StrictMath.log(1 + this.weightedDegree.get(z.getKey()));
				}
			}
			return new Proximity(partners, score);
		}

	}

}
