package eu.clustergraph.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.clustergraph.cluster.Cluster;
import eu.clustergraph.company.Company;
import eu.clustergraph.cooperation.CooperationPath.Evidence;
import eu.clustergraph.cooperation.CooperationPath.Hop;
import eu.clustergraph.organisation.Organisation;
import eu.clustergraph.partnership.Partnership;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.InvalidArgumentException;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Cooperation paths: the k shortest chains of cluster ties between two parties, each hop with its evidence. Three
 * statements whatever k: the ends, the paths (Cypher {@code SHORTEST}, see {@code cypher/queries/cooperation/paths}),
 * and the evidence of every hop at once.
 */
@Component
class CooperationPaths {

	static final int MAX_HOPS = 6;

	static final int MAX_K = 10;

	static final int EVIDENCE_PER_CHANNEL = 5;

	/** The channels between clusters, the default choice. */
	static final Set<CooperationChannel> TIE_CHANNELS = EnumSet.range(CooperationChannel.SHARED_MEMBER,
			CooperationChannel.MEMBER_COOPERATION);

	private final CypherRunner cypher;

	private final NamedQuery parties;

	private final NamedQuery paths;

	private final NamedQuery evidence;

	CooperationPaths(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.parties = queries.get("cooperation/parties");
		this.paths = queries.get("cooperation/paths");
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

	static int bounded(Integer value, int defaultValue, int max, String argument) {
		int checked = (value == null) ? defaultValue : value;
		if (checked < 1 || checked > max) {
			throw new InvalidArgumentException(argument, "must be between 1 and " + max + " (was " + checked + ")");
		}
		return checked;
	}

	List<CooperationPath> between(String from, String to, List<String> channels, int maxHops, int k) {
		Map<String, String> labels = labels(from, to);
		if (from.equals(to)) {
			return List.of();
		}
		boolean fromCompany = labels.get(from).equals("Company");
		boolean toCompany = labels.get(to).equals("Company");
		int companyEnds = (fromCompany ? 1 : 0) + (toCompany ? 1 : 0);
		int minTies = (companyEnds == 0) ? 1 : 0;
		int maxTies = maxHops - companyEnds;
		if (maxTies < minTies) {
			return List.of();
		}
		// every slot text is fixed in this class or a validated number: nothing from the request becomes Cypher
		Map<String, String> slots = Map.of("fromLabel", labels.get(from), "toLabel", labels.get(to), "start",
				fromCompany ? "(a)-[:MEMBER_OF]->(:Cluster)" : "(a)", "end",
				toCompany ? "(:Cluster)<-[:MEMBER_OF]-(b)" : "(b)", "k", Integer.toString(k), "minHops",
				Integer.toString(minTies), "maxHops", Integer.toString(maxTies));
		List<RawPath> raw = this.cypher.read(this.paths.fill(slots),
				Map.of("from", from, "to", to, "channels", channels), record -> RawPath.from(record, channels));
		if (raw.isEmpty()) {
			return List.of();
		}
		Map<List<String>, PairEvidence> evidence = evidence(raw, channels);
		return raw.stream()
			.sorted(Comparator.comparingInt((RawPath path) -> path.links().size())
				.thenComparing(Comparator.comparingInt(RawPath::weight).reversed())
				.thenComparing(path -> String.join(",", path.ids())))
			.map(path -> path.toPath(evidence))
			.toList();
	}

	/** The label of each end; an id that names no cluster or company is an argument error. */
	private Map<String, String> labels(String from, String to) {
		Map<String, String> labels = new HashMap<>();
		this.cypher.read(this.parties, Map.of("ids", List.of(from, to)),
				record -> labels.put(record.get("id").asString(), record.get("label").asString()));
		// from before to: the error names the first unknown end, the same one every time
		for (String[] end : new String[][] { { "from", from }, { "to", to } }) {
			if (!labels.containsKey(end[1])) {
				throw new InvalidArgumentException(end[0], "names no cluster or company: '" + end[1] + "' is unknown");
			}
		}
		return labels;
	}

	private Map<List<String>, PairEvidence> evidence(List<RawPath> raw, List<String> channels) {
		Set<List<String>> pairs = new LinkedHashSet<>();
		raw.forEach(path -> path.tiePairs().forEach(pairs::add));
		Map<List<String>, PairEvidence> evidence = new HashMap<>();
		if (pairs.isEmpty()) {
			return evidence;
		}
		List<Map<String, String>> parameter = pairs.stream().map(pair -> Map.of("a", pair.get(0), "b", pair.get(1))).toList();
		this.cypher.read(this.evidence, Map.of("pairs", parameter, "channels", channels, "limit", EVIDENCE_PER_CHANNEL),
				record -> evidence.put(List.of(record.get("a").asString(), record.get("b").asString()),
						PairEvidence.from(record)));
		return evidence;
	}

	/** A path as the query returns it: the parties (maps with their label) and the relationships. */
	private record RawPath(List<String> ids, List<Value> nodes, List<Value> links, List<String> channels) {

		static RawPath from(Record record, List<String> channels) {
			List<Value> nodes = record.get("nodes").asList(value -> value);
			return new RawPath(nodes.stream().map(node -> node.get("id").asString()).toList(), nodes,
					record.get("links").asList(value -> value), channels);
		}

		/** The cluster pairs of the tie hops, smaller id first as the ties and the evidence query store them. */
		List<List<String>> tiePairs() {
			List<List<String>> pairs = new ArrayList<>();
			for (int i = 0; i < this.links.size(); i++) {
				if (isTie(i)) {
					pairs.add(pair(i));
				}
			}
			return pairs;
		}

		boolean isTie(int hop) {
			return this.links.get(hop).get("type").asString().equals("TIED_WITH");
		}

		List<String> pair(int hop) {
			String a = this.ids.get(hop);
			String b = this.ids.get(hop + 1);
			return (a.compareTo(b) < 0) ? List.of(a, b) : List.of(b, a);
		}

		int hopWeight(int hop) {
			if (!isTie(hop)) {
				return 1;
			}
			Value link = this.links.get(hop);
			return this.channels.stream()
				.mapToInt(channel -> link.get(CooperationChannel.valueOf(channel).evidenceProperty).asInt(0))
				.sum();
		}

		int weight() {
			int weakest = Integer.MAX_VALUE;
			for (int i = 0; i < this.links.size(); i++) {
				weakest = Math.min(weakest, hopWeight(i));
			}
			return weakest;
		}

		CooperationPath toPath(Map<List<String>, PairEvidence> evidence) {
			List<Object> parties = this.nodes.stream().map(RawPath::party).toList();
			List<Hop> hops = new ArrayList<>();
			for (int i = 0; i < this.links.size(); i++) {
				Object from = parties.get(i);
				Object to = parties.get(i + 1);
				Value link = this.links.get(i);
				if (!isTie(i)) {
					Company company = (Company) ((from instanceof Company) ? from : to);
					hops.add(new Hop(from, to, List.of(CooperationChannel.MEMBERSHIP), 1,
							List.of(Evidence.membership(company, link.get("since").computeOrDefault(Value::asInt, null)))));
					continue;
				}
				List<CooperationChannel> present = link.get("channels")
					.asList(Value::asString)
					.stream()
					.filter(this.channels::contains)
					.map(CooperationChannel::valueOf)
					.toList();
				boolean reversed = !pair(i).get(0).equals(this.ids.get(i));
				PairEvidence facts = evidence.getOrDefault(pair(i), PairEvidence.NONE);
				hops.add(new Hop(from, to, present, hopWeight(i), facts.forHop(present, reversed)));
			}
			return new CooperationPath(this.links.size(), weight(), parties, hops);
		}

		private static Object party(Value node) {
			return node.get("label").asString().equals("Company") ? Company.from(node) : Cluster.from(node);
		}

	}

	/** The evidence between two clusters, as the evidence query returns it for the pair (smaller id first). */
	private record PairEvidence(List<Value> members, List<Value> partnerships, List<Value> agreements,
			List<Value> cooperations) {

		static final PairEvidence NONE = new PairEvidence(List.of(), List.of(), List.of(), List.of());

		static PairEvidence from(Record record) {
			return new PairEvidence(record.get("members").asList(v -> v), record.get("partnerships").asList(v -> v),
					record.get("agreements").asList(v -> v), record.get("cooperations").asList(v -> v));
		}

		/** The facts of the present channels, company pairs turned to read from the hop's first cluster. */
		List<Evidence> forHop(List<CooperationChannel> present, boolean reversed) {
			List<Evidence> facts = new ArrayList<>();
			for (CooperationChannel channel : present) {
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
