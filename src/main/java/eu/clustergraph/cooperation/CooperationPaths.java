package eu.clustergraph.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.cluster.ClusterFilter;
import eu.clustergraph.cluster.ClusterMatches;
import eu.clustergraph.company.Company;
import eu.clustergraph.cooperation.CooperationPath.Evidence;
import eu.clustergraph.cooperation.CooperationPath.Hop;
import eu.clustergraph.cooperation.CooperationPath.StrengthPart;
import eu.clustergraph.cooperation.TieProjections.Projection;
import eu.clustergraph.organisation.Organisation;
import eu.clustergraph.partnership.Partnership;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Cooperation paths: the k strongest chains of cluster ties from a party to a party (or to any cluster of a filter),
 * each hop with its strength and evidence. The search runs in GDS on a weighted projection of the tie network,
 * layered by hop count so that the hop bound holds ({@link TieProjections}, {@code cooperation/project-ties}): Yen's
 * k-shortest paths to one end, Dijkstra from the start to a filter's clusters, with cost = -ln(strength) per tie, so
 * the least-cost path is the strongest. A fixed few statements whatever k: the ends, the search (Yen's asked once
 * more when walks that revisit a cluster crowd out paths; the projection made on first use), and the ties and
 * evidence of every hop at once.
 */
@Component
class CooperationPaths {

	static final int MAX_HOPS = 6;

	static final int MAX_K = 10;

	static final int EVIDENCE_PER_CHANNEL = 5;

	/** Yen's is asked once more, for this many times k walks, when walks that visit a cluster twice crowd out paths. */
	private static final int SEARCH_GROWTH = 2;

	private static final double MAX_COST_STRENGTH = 0.999999;

	/** The channels between clusters, the default choice. */
	static final Set<CooperationChannel> TIE_CHANNELS = EnumSet.range(CooperationChannel.SHARED_MEMBER,
			CooperationChannel.MEMBER_COOPERATION);

	private final CypherRunner cypher;

	private final TieProjections projections;

	private final ClusterMatches clusters;

	private final NamedQuery parties;

	private final NamedQuery strongest;

	private final NamedQuery strongestToAny;

	private final NamedQuery evidence;

	CooperationPaths(CypherRunner cypher, CypherQueries queries, TieProjections projections,
			ClusterMatches clusters) {
		this.cypher = cypher;
		this.projections = projections;
		this.clusters = clusters;
		this.parties = queries.get("cooperation/parties");
		this.strongest = queries.get("cooperation/strongest-paths");
		this.strongestToAny = queries.get("cooperation/strongest-paths-to-any");
		this.evidence = queries.get("cooperation/evidence");
	}

	/** Checks the channel choice: the tie channels, all of them when none are given. */
	static List<String> channels(List<CooperationChannel> chosen, String argument) {
		if (chosen == null) {
			return TIE_CHANNELS.stream().map(Enum::name).toList();
		}
		if (chosen.isEmpty()) {
			throw new InvalidArgumentException(argument, "must name at least one channel");
		}
		if (chosen.contains(CooperationChannel.MEMBERSHIP)) {
			throw new InvalidArgumentException(argument,
					"MEMBERSHIP is not a channel between clusters; it only links a company end to its clusters");
		}
		return chosen.stream().distinct().sorted().map(Enum::name).toList();
	}

	/**
	 * The k strongest paths from {@code from} to {@code to}, or to any cluster matching {@code toFilter} (exactly one
	 * of the two is given), over ties of at least {@code minStrength} on the chosen channels; each hop with the facts
	 * behind it when {@code withEvidence}, with none (its counts and strengths only) otherwise.
	 */
	List<CooperationPath> between(String from, String to, ClusterFilter toFilter, List<String> channels,
			double minStrength, int maxHops, int k, boolean withEvidence) {
		Map<String, Party> ends = parties(from, to);
		Party start = ends.get(from);
		if (to != null && from.equals(to)) {
			return List.of(new CooperationPath(0, 0, 1.0, 0.0, List.of(start.party()), List.of()));
		}
		Party end = (to == null) ? null : ends.get(to);
		int companyEnds = (start.isCompany() ? 1 : 0) + ((end != null && end.isCompany()) ? 1 : 0);
		int maxTies = maxHops - companyEnds;
		if (maxTies < 0 || start.clusters().isEmpty() || (end != null && end.clusters().isEmpty())) {
			return List.of();
		}
		Projection projection = TieProjections.of(start.version(), start.clusterCount(), channels, minStrength);
		List<Found> found = (end != null) ? toParty(projection, start, end, maxTies, k)
				: toAny(projection, start, toFilter, maxTies);
		List<Found> chosen = found.stream().filter(path -> path.ties() <= maxTies).sorted().distinct().limit(k).toList();
		if (chosen.isEmpty()) {
			return List.of();
		}
		Map<List<String>, Tie> ties = ties(chosen, channels, withEvidence);
		Map<String, Cluster> clusters = new HashMap<>(start.clusterNodes());
		if (end != null) {
			clusters.putAll(end.clusterNodes());
		}
		ties.values().forEach(tie -> clusters.putAll(tie.clusters()));
		return chosen.stream().map(path -> path(path, start, end, ties, clusters)).toList();
	}

	/** The clusters of both ends' memberships in common (no tie needed), then Yen's k strongest between them. */
	private List<Found> toParty(Projection projection, Party start, Party end, int maxTies, int k) {
		List<Found> found = new ArrayList<>();
		for (String cluster : start.clusters()) {
			if (end.clusters().contains(cluster)) {
				found.add(Found.of(List.of(cluster), 0));
			}
		}
		if (maxTies == 0) {
			return found;
		}
		// Yen's finds walks: search deeper while walks that visit a cluster twice leave fewer than k paths
		TieProjections.Numbering numbering = this.projections.numbering(projection);
		Map<String, Object> ends = Map.of("sources", numbering.of(start.clusters()), "targets",
				numbering.of(end.clusters()), "maxTies", maxTies);
		long pairs = (long) start.clusters().size() * end.clusters().size();
		for (int searched = k; ; searched *= SEARCH_GROWTH) {
			Map<String, Object> parameters = new HashMap<>(ends);
			parameters.put("k", searched);
			List<Found> walks = this.projections.read(projection, this.strongest, parameters,
					record -> found(record, numbering));
			List<Found> paths = walks.stream().filter(Found::isSimple).toList();
			if (paths.size() >= k || walks.size() < searched * pairs || searched > k) {
				found.addAll(paths);
				return found;
			}
		}
	}

	/** The strongest path to each cluster that matches the filter, by Dijkstra from each of the start's clusters. */
	private List<Found> toAny(Projection projection, Party start, ClusterFilter filter, int maxTies) {
		if (maxTies == 0) {
			return List.of();
		}
		List<String> targets = this.clusters.ids(filter, "toFilter");
		if (targets.isEmpty()) {
			return List.of();
		}
		TieProjections.Numbering numbering = this.projections.numbering(projection);
		Map<String, Object> parameters = Map.of("sources", numbering.of(start.clusters()), "maxTies", maxTies,
				"targets", numbering.of(targets));
		List<Found> found = this.projections.read(projection, this.strongestToAny, parameters,
				record -> found(record, numbering));
		// one path per target, its strongest (from whichever of a company's clusters)
		Map<String, Found> best = new LinkedHashMap<>();
		found.stream().sorted().forEach(path -> best.putIfAbsent(path.last(), path));
		return new ArrayList<>(best.values());
	}

	private static Found found(Record record, TieProjections.Numbering numbering) {
		return Found.of(numbering.ids(record.get("positions")), record.get("cost").asDouble());
	}

	/** Each end's party, label and clusters; an id that names no cluster or company is an argument error. */
	private Map<String, Party> parties(String from, String to) {
		Map<String, Party> found = new HashMap<>();
		List<String> ids = (to == null) ? List.of(from) : List.of(from, to);
		this.cypher.read(this.parties, Map.of("ids", ids), record -> found.put(record.get("id").asString(), Party.from(record)));
		// from before to: the error names the first unknown end, the same one every time
		for (String[] end : new String[][] { { "from", from }, { "to", to } }) {
			if (end[1] != null && !found.containsKey(end[1])) {
				throw new InvalidArgumentException(end[0], "names no cluster or company: '" + end[1] + "' is unknown");
			}
		}
		return found;
	}

	/** The tie and, when asked for, the evidence of every hop of the chosen paths, in one statement. */
	private Map<List<String>, Tie> ties(List<Found> paths, List<String> channels, boolean withEvidence) {
		Set<List<String>> pairs = new LinkedHashSet<>();
		paths.forEach(path -> pairs.addAll(path.pairs()));
		Map<List<String>, Tie> ties = new HashMap<>();
		List<Map<String, String>> parameter = pairs.stream().map(pair -> Map.of("a", pair.get(0), "b", pair.get(1))).toList();
		if (!pairs.isEmpty()) {
			// no channel's facts are read for an empty channel list
			List<String> factsOf = withEvidence ? channels : List.of();
			this.cypher.read(this.evidence, Map.of("pairs", parameter, "channels", factsOf, "limit", EVIDENCE_PER_CHANNEL),
					record -> ties.put(List.of(record.get("a").asString(), record.get("b").asString()),
							Tie.from(record, channels)));
		}
		return ties;
	}

	/** One path as the API shows it; {@code clusters} holds every cluster of the chosen paths by id. */
	private CooperationPath path(Found found, Party start, Party end, Map<List<String>, Tie> ties,
			Map<String, Cluster> clusters) {
		List<Object> nodes = new ArrayList<>();
		List<Hop> hops = new ArrayList<>();
		if (start.isCompany()) {
			nodes.add(start.party());
		}
		List<String> ids = found.clusters();
		for (int i = 0; i < ids.size(); i++) {
			nodes.add(clusters.get(ids.get(i)));
		}
		if (end != null && end.isCompany()) {
			nodes.add(end.party());
		}
		int offset = start.isCompany() ? 1 : 0;
		if (start.isCompany()) {
			hops.add(membership(start, ids.get(0), nodes.get(0), nodes.get(1), (Company) start.party()));
		}
		for (int i = 0; i + 1 < ids.size(); i++) {
			List<String> pair = Found.pair(ids.get(i), ids.get(i + 1));
			Tie tie = ties.get(pair);
			hops.add(tie.hop(nodes.get(offset + i), nodes.get(offset + i + 1), !pair.get(0).equals(ids.get(i))));
		}
		if (end != null && end.isCompany()) {
			int last = nodes.size() - 1;
			hops.add(membership(end, ids.get(ids.size() - 1), nodes.get(last - 1), nodes.get(last), (Company) end.party()));
		}
		double strength = 1;
		double cost = 0;
		int weight = hops.isEmpty() ? 0 : Integer.MAX_VALUE;
		for (Hop hop : hops) {
			strength *= hop.strength();
			cost += hop.channels().contains(CooperationChannel.MEMBERSHIP) ? 0 : cost(hop.strength());
			weight = Math.min(weight, hop.weight());
		}
		return new CooperationPath(hops.size(), weight, strength, cost, nodes, hops);
	}

	private static Hop membership(Party company, String cluster, Object from, Object to, Company member) {
		Cluster host = company.clusterNodes().get(cluster);
		return new Hop(from, to, List.of(CooperationChannel.MEMBERSHIP), 1, 1.0, List.of(),
				List.of(Evidence.membership(member, company.since().get(cluster))),
				member.synthetic() || host == null || host.synthetic());
	}

	/** A tie's cost, -ln(strength) with strength capped at 0.999999 as the projection does (no tie is free). */
	static double cost(double strength) {
		return -StrictMath.log(Math.min(strength, MAX_COST_STRENGTH));
	}

	/** A path the search found: its clusters in order, and its cost as the search computed it. */
	private record Found(List<String> clusters, double cost) implements Comparable<Found> {

		/** Costs equal to the ninth decimal are equal: the database's logarithm may differ in the last bits. */
		static Found of(List<String> clusters, double cost) {
			return new Found(List.copyOf(clusters), Math.round(cost * 1e9) / 1e9);
		}

		int ties() {
			return this.clusters.size() - 1;
		}

		boolean isSimple() {
			return new HashSet<>(this.clusters).size() == this.clusters.size();
		}

		String last() {
			return this.clusters.get(this.clusters.size() - 1);
		}

		List<List<String>> pairs() {
			List<List<String>> pairs = new ArrayList<>();
			for (int i = 0; i + 1 < this.clusters.size(); i++) {
				pairs.add(pair(this.clusters.get(i), this.clusters.get(i + 1)));
			}
			return pairs;
		}

		/** A pair of clusters, smaller id first, as the ties store them. */
		static List<String> pair(String a, String b) {
			return (a.compareTo(b) < 0) ? List.of(a, b) : List.of(b, a);
		}

		/** Strongest first, then fewer hops, then the ids along the path: a total order. */
		@Override
		public int compareTo(Found other) {
			return Comparator.comparingDouble(Found::cost)
				.thenComparingInt(Found::ties)
				.thenComparing(found -> String.join(",", found.clusters()))
				.compare(this, other);
		}

	}

	/** An end of a path: the party, whether it is a company, the clusters it enters the tie network by. */
	private record Party(Object party, boolean isCompany, List<String> clusters, Map<String, Cluster> clusterNodes,
			Map<String, Integer> since, long version, long clusterCount) {

		static Party from(Record record) {
			boolean company = record.get("label").asString().equals("Company");
			List<String> clusters = new ArrayList<>();
			Map<String, Cluster> nodes = new HashMap<>();
			Map<String, Integer> since = new HashMap<>();
			for (Value membership : record.get("clusters").values()) {
				String id = membership.get("id").asString();
				clusters.add(id);
				nodes.put(id, Cluster.from(membership.get("cluster")));
				since.put(id, membership.get("since").computeOrDefault(Value::asInt, null));
			}
			Value party = record.get("party");
			return new Party(company ? Company.from(party) : Cluster.from(party), company, clusters, nodes, since,
					record.get("version").asLong(0), record.get("clusterCount").asLong());
		}

	}

	/** A tie between two clusters as the evidence query returns it for the pair (smaller id first). */
	private record Tie(Map<String, Cluster> clusters, int weight, double strength, List<StrengthPart> parts,
			List<CooperationChannel> present, List<Value> members, List<Value> partnerships, List<Value> agreements,
			List<Value> cooperations, boolean synthetic) {

		static Tie from(Record record, List<String> channels) {
			Map<String, Cluster> clusters = new HashMap<>();
			for (String end : List.of("first", "second")) {
				Cluster cluster = Cluster.from(record.get(end));
				clusters.put(cluster.id(), cluster);
			}
			Value tie = record.get("tie");
			List<CooperationChannel> present = new ArrayList<>();
			List<StrengthPart> parts = new ArrayList<>();
			int weight = 0;
			double rest = 1;
			for (Value channel : tie.get("channels").values()) {
				if (channels.contains(channel.asString())) {
					CooperationChannel chosen = CooperationChannel.valueOf(channel.asString());
					int evidence = tie.get(chosen.evidenceProperty).asInt(0);
					double strength = tie.get(chosen.strengthProperty).asDouble(0);
					present.add(chosen);
					parts.add(new StrengthPart(chosen, evidence, strength));
					weight += evidence;
					rest *= 1 - strength;
				}
			}
			return new Tie(clusters, weight, Math.round((1 - rest) * 1e6) / 1e6, parts, present,
					record.get("members").asList(v -> v), record.get("partnerships").asList(v -> v),
					record.get("agreements").asList(v -> v), record.get("cooperations").asList(v -> v),
					// ties derived before provenance was stored joined synthetic clusters only
					tie.get("synthetic").asBoolean(true));
		}

		Hop hop(Object from, Object to, boolean reversed) {
			return new Hop(from, to, this.present, this.weight, this.strength, this.parts, facts(reversed), this.synthetic);
		}

		/** The facts of the present channels, company pairs turned to read from the hop's first cluster. */
		private List<Evidence> facts(boolean reversed) {
			List<Evidence> facts = new ArrayList<>();
			for (CooperationChannel channel : this.present) {
				switch (channel) {
					case SHARED_MEMBER -> this.members.forEach(member -> facts.add(new Evidence(channel,
							member.asNode().hasLabel("Company") ? Company.from(member) : Organisation.from(member),
							null, null, null, null, null, null, null)));
					case PARTNERSHIP -> this.partnerships.forEach(partnership -> facts.add(new Evidence(channel, null,
							Partnership.from(partnership), null, null, null, null, null, null)));
					case AGREEMENT -> this.agreements.forEach(agreement -> facts.add(new Evidence(channel, null, null,
							agreement.get("kind").asString(null), null, null, null, null,
							agreement.get("since").computeOrDefault(Value::asInt, null))));
					case MEMBER_COOPERATION -> this.cooperations.forEach(link -> facts.add(cooperation(link, reversed)));
					default -> {
					}
				}
			}
			return facts;
		}

		private static Evidence cooperation(Value link, boolean reversed) {
			Company company = Company.from(link.get("company"));
			Company partner = Company.from(link.get("partner"));
			boolean companySupplies = link.get("outgoing").asBoolean();
			if (reversed) {
				Company swap = company;
				company = partner;
				partner = swap;
				companySupplies = !companySupplies;
			}
			String kind = link.get("relationship").asString().equals("SUPPLIES")
					? (companySupplies ? "SUPPLIES" : "SUPPLIED_BY") : link.get("kind").asString("COOPERATES_WITH");
			Value stage = link.get("stage");
			return new Evidence(CooperationChannel.MEMBER_COOPERATION, null, null, null, company, partner, kind,
					stage.isNull() ? null : Stage.from(stage, stage.get("valueChain").asString()),
					link.get("since").computeOrDefault(Value::asInt, null));
		}

	}

}
