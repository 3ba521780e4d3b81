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
 * NUTS 2 regions, with no tie within two hops (not tied, no common partner). The score weighs:
 * <ul>
 * <li>stage fit (0.4): the geometric mean of the shares of a's members active in s and b's in t;</li>
 * <li>shared ecosystems (0.2): the Jaccard overlap of their ecosystems;</li>
 * <li>network proximity (0.2): their three-hop connections (a partner of a tied to a partner of b), each weighted
 * Adamic-Adar style by 1 / ln(2 + the degrees of the two partners), saturating as p / (1 + p); common neighbours
 * cannot serve, since a pair without a tie within two hops has none;</li>
 * <li>excellence (0.2): their excellence labels, GOLD 3, SILVER 2, BRONZE 1, out of 6.</li>
 * </ul>
 * Three statements: the candidates, the stage pairs and the tie network, which is small enough to check in memory.
 */
@Component
class ComplementaryStages implements GapFinder {

	private static final Map<String, Integer> LABEL_RANK = Map.of("GOLD", 3, "SILVER", 2, "BRONZE", 1);

	private final CypherRunner cypher;

	private final NamedQuery candidates;

	private final NamedQuery feeds;

	private final NamedQuery ties;

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
		Network network = new Network(this.cypher.read(this.ties, Map.of("minStrength", query.minStrength()),
				record -> new String[] { record.get("a").asString(), record.get("b").asString() }));
		Map<String, CooperationGap> best = new HashMap<>();
		for (String[] feed : stagePairs) {
			for (Candidate a : byStage.getOrDefault(feed[0], List.of())) {
				for (Candidate b : byStage.getOrDefault(feed[1], List.of())) {
					if (wanted(a, b, query) && !network.withinTwoHops(a.cluster().id(), b.cluster().id())) {
						CooperationGap gap = gap(a, b, network, reference);
						best.merge(gap.key(), gap, (x, y) -> (x.score() >= y.score()) ? x : y);
					}
				}
			}
		}
		return new ArrayList<>(best.values());
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

	private static CooperationGap gap(Candidate a, Candidate b, Network network, GapReference reference) {
		double stageFit = Math.sqrt(a.share() * b.share());
		Set<String> union = new java.util.TreeSet<>(a.ecosystems());
		union.addAll(b.ecosystems());
		List<String> shared = a.ecosystems().stream().filter(b.ecosystems()::contains).sorted().toList();
		double ecosystems = union.isEmpty() ? 0 : (double) shared.size() / union.size();
		Network.Proximity proximity = network.threeHop(a.cluster().id(), b.cluster().id());
		double closeness = proximity.weight() / (1 + proximity.weight());
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
				Fact.of("three-hop connections", proximity.paths()),
				Fact.of("network proximity", closeness),
				Fact.of("excellence labels", a.cluster().excellenceLabel() + " + " + b.cluster().excellenceLabel()),
				Fact.of("regions", a.region() + " / " + b.region()),
				Fact.of("tie within two hops", "none"));
		String summary = a.cluster().name() + " (" + a.cluster().country() + ") works in " + a.stage().name()
				+ ", which feeds " + b.stage().name() + " where " + b.cluster().name() + " (" + b.cluster().country()
				+ ") works; they are not tied and share no partner.";
		String first = a.cluster().id().compareTo(b.cluster().id()) < 0 ? a.cluster().id() : b.cluster().id();
		String second = first.equals(a.cluster().id()) ? b.cluster().id() : a.cluster().id();
		return CooperationGap.scored(GapKind.COMPLEMENTARY_STAGES, parts, summary, facts,
				List.of(a.cluster(), b.cluster()), List.of(a.stage(), b.stage()),
				reference.valueChains().get(a.stage().valueChainId()), null, null, null, first + "+" + second);
	}

	private static String percent(double share) {
		return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
	}

	/** The tie network as bit sets, for the two-hop test and three-hop counts over about a thousand clusters. */
	private static final class Network {

		private final Map<String, Integer> index = new HashMap<>();

		private final List<BitSet> neighbours = new ArrayList<>();

		Network(List<String[]> ties) {
			for (String[] tie : ties) {
				int a = node(tie[0]);
				int b = node(tie[1]);
				this.neighbours.get(a).set(b);
				this.neighbours.get(b).set(a);
			}
		}

		private int node(String id) {
			return this.index.computeIfAbsent(id, ignored -> {
				this.neighbours.add(new BitSet());
				return this.neighbours.size() - 1;
			});
		}

		private BitSet of(String id) {
			Integer at = this.index.get(id);
			return (at == null) ? new BitSet() : this.neighbours.get(at);
		}

		boolean withinTwoHops(String a, String b) {
			Integer atB = this.index.get(b);
			return (atB != null && of(a).get(atB)) || of(a).intersects(of(b));
		}

		record Proximity(int paths, double weight) {
		}

		/** Paths a - x - y - b: x a partner of a, y a partner of b, x and y tied. */
		Proximity threeHop(String a, String b) {
			BitSet nearB = of(b);
			int paths = 0;
			double weight = 0;
			BitSet nearA = of(a);
			for (int x = nearA.nextSetBit(0); x >= 0; x = nearA.nextSetBit(x + 1)) {
				BitSet both = (BitSet) this.neighbours.get(x).clone();
				both.and(nearB);
				for (int y = both.nextSetBit(0); y >= 0; y = both.nextSetBit(y + 1)) {
					paths++;
					weight += 1 / Math.log(2 + this.neighbours.get(x).cardinality() + this.neighbours.get(y).cardinality());
				}
			}
			return new Proximity(paths, weight);
		}

	}

}
