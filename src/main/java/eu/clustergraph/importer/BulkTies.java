package eu.clustergraph.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The cooperation ties of a dataset, derived from its rows as they stream into the batch importer, so that a bulk
 * first start writes them with the rest of the store instead of deriving them in the graph afterwards (about 15 s of
 * a full-scale first start). They are the ties {@code cypher/queries/cooperation/derive-ties.cypher} derives, which
 * defines the channels, their evidence and the strength; {@code BulkFirstStartIT} compares the two, property by
 * property, on the same dataset. Every later derivation (after an import or a curation) runs in the graph.
 *
 * <p>Only ids and small integer lists are kept: one entry per member, per partnership and per company link.
 */
final class BulkTies {

	private static final List<String> CHANNELS = List.of("SHARED_MEMBER", "PARTNERSHIP", "AGREEMENT",
			"MEMBER_COOPERATION");

	private static final int SAMPLE_SIZE = 5;

	private final Ids clusters = new Ids();

	private final Ids members = new Ids();

	private final Ids partnerships = new Ids();

	private final List<int[]> clustersOfMember = new ArrayList<>();

	private final List<int[]> clustersOfPartnership = new ArrayList<>();

	private long[] memberCounts = new long[0];

	private final BitSet syntheticClusters = new BitSet();

	private final BitSet syntheticMembers = new BitSet();

	private final BitSet syntheticPartnerships = new BitSet();

	private final List<long[]> agreements = new ArrayList<>();

	private long[] links = new long[1024];

	private int linkCount;

	/** A {@code MEMBER_OF} row: a company or organisation in a cluster. */
	void membership(String member, String cluster) {
		add(this.clustersOfMember, this.members.of(member), this.clusters.of(cluster));
	}

	/** A cluster, with whether it is synthetic and its member count (all its {@code MEMBER_OF} rows). */
	void cluster(String id, boolean synthetic, long members) {
		int c = this.clusters.of(id);
		this.syntheticClusters.set(c, synthetic);
		this.memberCounts = grown(this.memberCounts, c);
		this.memberCounts[c] = members;
	}

	/** A company or organisation, with whether it is synthetic. */
	void member(String id, boolean synthetic) {
		Integer m = this.members.find(id);
		if (m != null) {
			this.syntheticMembers.set(m, synthetic);
		}
	}

	/**
	 * Whether each member seen in a membership so far is synthetic, for an import that reads its members before their
	 * memberships (the online import); {@link #member} serves one that reads them after.
	 */
	void membersSynthetic(Predicate<String> synthetic) {
		for (int m = 0; m < this.members.size(); m++) {
			this.syntheticMembers.set(m, synthetic.test(this.members.id(m)));
		}
	}

	void partnership(String id, boolean synthetic) {
		this.syntheticPartnerships.set(this.partnerships.of(id), synthetic);
	}

	/** A {@code PARTICIPATES_IN} row. */
	void participation(String cluster, String partnership) {
		add(this.clustersOfPartnership, this.partnerships.of(partnership), this.clusters.of(cluster));
	}

	/** An {@code AGREEMENT_WITH} row: each counts, a pair of clusters may have several. */
	void agreement(String cluster, String partner) {
		this.agreements.add(new long[] { this.clusters.of(cluster), this.clusters.of(partner) });
	}

	/** A {@code COOPERATES_WITH} or {@code SUPPLIES} row between two companies, in its stored direction. */
	void link(String from, String to) {
		Integer x = this.members.find(from);
		Integer y = this.members.find(to);
		if (x == null || y == null) {
			return; // a company in no cluster ties no clusters
		}
		if (this.linkCount == this.links.length) {
			this.links = Arrays.copyOf(this.links, this.links.length * 2);
		}
		this.links[this.linkCount++] = pair(x, y);
	}

	/** Every tie, each once, from its smaller cluster id to the larger. */
	void forEachTie(Consumer<Tie> tie) {
		Map<Long, Evidence> evidence = new HashMap<>();
		Set<Long> real = new HashSet<>();
		// each member's and partnership's clusters once, before every link of the member reads them
		this.clustersOfMember.replaceAll(BulkTies::distinct);
		this.clustersOfPartnership.replaceAll(BulkTies::distinct);
		pairsWithin(this.clustersOfMember, this.syntheticMembers, evidence, real, shared -> shared.sharedMembers++);
		pairsWithin(this.clustersOfPartnership, this.syntheticPartnerships, evidence, real,
				common -> common.partnerships++);
		for (long[] agreement : this.agreements) {
			if (agreement[0] != agreement[1]) {
				long key = clusterPair((int) agreement[0], (int) agreement[1]);
				evidence.computeIfAbsent(key, k -> new Evidence()).agreements++;
				real.add(key);
			}
		}
		for (int l = 0; l < this.linkCount; l++) {
			memberCooperation((int) (this.links[l] >>> 32), (int) this.links[l], evidence, real);
		}

		// in cluster id order, so the same dataset always writes the same file
		Map<String, Map.Entry<Long, Evidence>> ordered = new TreeMap<>();
		for (Map.Entry<Long, Evidence> entry : evidence.entrySet()) {
			int a = (int) (entry.getKey() >>> 32);
			int b = (int) (long) entry.getKey();
			ordered.put(this.clusters.id(a) + " " + this.clusters.id(b), entry);
		}
		for (Map.Entry<Long, Evidence> entry : ordered.values()) {
			int a = (int) (entry.getKey() >>> 32);
			int b = (int) (long) entry.getKey();
			boolean synthetic = this.syntheticClusters.get(a) || this.syntheticClusters.get(b)
					|| !real.contains(entry.getKey());
			tie.accept(entry.getValue().tie(this.clusters.id(a), this.clusters.id(b),
					(double) memberCount(a) * memberCount(b), synthetic, this.members));
		}
	}

	/**
	 * Each pair of clusters within one group (a member's clusters, a partnership's) gets one piece of evidence from
	 * it; a group that is real makes the pair's tie real.
	 */
	private void pairsWithin(List<int[]> groups, BitSet synthetic, Map<Long, Evidence> evidence, Set<Long> real,
			Consumer<Evidence> count) {
		for (int g = 0; g < groups.size(); g++) {
			int[] of = groups.get(g);
			for (int i = 0; i < of.length; i++) {
				for (int j = i + 1; j < of.length; j++) {
					long key = clusterPair(of[i], of[j]);
					count.accept(evidence.computeIfAbsent(key, k -> new Evidence()));
					if (!synthetic.get(g)) {
						real.add(key);
					}
				}
			}
		}
	}

	private long memberCount(int cluster) {
		return (cluster < this.memberCounts.length) ? this.memberCounts[cluster] : 0;
	}

	/**
	 * A company pair x, y is evidence for every pair of clusters c (of x) and d (of y) where neither is a member of
	 * the other's cluster (a member of both is shared-member evidence); a pair of real companies makes any pair of
	 * their clusters' ties real, members of both or not.
	 */
	private void memberCooperation(int x, int y, Map<Long, Evidence> evidence, Set<Long> real) {
		int[] ofX = this.clustersOfMember.get(x);
		int[] ofY = this.clustersOfMember.get(y);
		boolean realLink = !this.syntheticMembers.get(x) && !this.syntheticMembers.get(y);
		for (int c : ofX) {
			for (int d : ofY) {
				if (c == d) {
					continue;
				}
				long key = clusterPair(c, d);
				if (realLink) {
					real.add(key);
				}
				if (contains(ofX, d) || contains(ofY, c)) {
					continue;
				}
				boolean cFirst = this.clusters.id(c).compareTo(this.clusters.id(d)) < 0;
				evidence.computeIfAbsent(key, k -> new Evidence()).linkedPairs.add(cFirst ? pair(x, y) : pair(y, x));
			}
		}
	}

	/** Two cluster indexes as one key, the smaller cluster id first. */
	private long clusterPair(int c, int d) {
		return (this.clusters.id(c).compareTo(this.clusters.id(d)) < 0) ? pair(c, d) : pair(d, c);
	}

	private static long pair(int first, int second) {
		return ((long) first << 32) | (second & 0xffffffffL);
	}

	private static int[] distinct(int[] values) {
		return (values.length < 2) ? values : Arrays.stream(values).distinct().toArray();
	}

	private static boolean contains(int[] values, int value) {
		for (int v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}

	private static void add(List<int[]> lists, int index, int value) {
		while (lists.size() <= index) {
			lists.add(new int[0]);
		}
		int[] old = lists.get(index);
		int[] grown = Arrays.copyOf(old, old.length + 1);
		grown[old.length] = value;
		lists.set(index, grown);
	}

	private static long[] grown(long[] counts, int index) {
		return (index < counts.length) ? counts : Arrays.copyOf(counts, Math.max(index + 1, counts.length * 2));
	}

	/** Cypher's {@code round(x, 6)}: half up, at six decimals. */
	static double round6(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).doubleValue();
	}

	/** One tie, as derive-ties.cypher stores it. */
	record Tie(String from, String to, Map<String, Object> properties) {
	}

	/** What one pair of clusters has in common. */
	private static final class Evidence {

		long sharedMembers;

		long partnerships;

		long agreements;

		final Set<Long> linkedPairs = new HashSet<>();

		Tie tie(String a, String b, double sizes, boolean synthetic, Ids members) {
			long links = this.linkedPairs.size();
			double sharedMemberStrength = round6(1 - Math.pow(0.75, this.sharedMembers));
			double partnershipStrength = round6(1 - Math.pow(0.3, this.partnerships));
			double agreementStrength = round6(1 - Math.pow(0.1, this.agreements));
			double memberCooperationStrength = (links == 0) ? 0.0 : round6(1 - Math.exp(-20.0 * links / Math.sqrt(sizes)));
			long[] counts = { this.sharedMembers, this.partnerships, this.agreements, links };
			List<String> channels = new ArrayList<>();
			for (int i = 0; i < CHANNELS.size(); i++) {
				if (counts[i] > 0) {
					channels.add(CHANNELS.get(i));
				}
			}
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("channels", channels);
			p.put("sharedMembers", this.sharedMembers);
			p.put("partnerships", this.partnerships);
			p.put("agreements", this.agreements);
			p.put("memberCooperations", links);
			if (links > 0) {
				List<String> sample = this.linkedPairs.stream()
					.map(pair -> members.id((int) (pair >>> 32)) + " " + members.id((int) (long) pair))
					.sorted()
					.limit(SAMPLE_SIZE)
					.toList();
				p.put("sampleFrom", sample.stream().map(pair -> pair.split(" ")[0]).toList());
				p.put("sampleTo", sample.stream().map(pair -> pair.split(" ")[1]).toList());
			}
			else {
				// no sample, as derive-ties.cypher stores none; the key stays, as the importer's columns follow it
				p.put("sampleFrom", null);
				p.put("sampleTo", null);
			}
			p.put("sharedMemberStrength", sharedMemberStrength);
			p.put("partnershipStrength", partnershipStrength);
			p.put("agreementStrength", agreementStrength);
			p.put("memberCooperationStrength", memberCooperationStrength);
			p.put("strength", round6(1 - (1 - sharedMemberStrength) * (1 - partnershipStrength)
					* (1 - agreementStrength) * (1 - memberCooperationStrength)));
			p.put("synthetic", synthetic);
			return new Tie(a, b, p);
		}

	}

	/** Ids numbered in the order they are first seen. */
	private static final class Ids {

		private final Map<String, Integer> index = new HashMap<>();

		private final List<String> ids = new ArrayList<>();

		int of(String id) {
			return this.index.computeIfAbsent(id, key -> {
				this.ids.add(key);
				return this.ids.size() - 1;
			});
		}

		Integer find(String id) {
			return this.index.get(id);
		}

		String id(int index) {
			return this.ids.get(index);
		}

		int size() {
			return this.ids.size();
		}

	}

}
