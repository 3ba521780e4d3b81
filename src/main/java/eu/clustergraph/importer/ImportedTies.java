package eu.clustergraph.importer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.clustergraph.dataset.AgreementRow;
import eu.clustergraph.dataset.ClusterRow;
import eu.clustergraph.dataset.CompanyRow;
import eu.clustergraph.dataset.CooperationRow;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.DatasetRow;
import eu.clustergraph.dataset.LinkRow;
import eu.clustergraph.dataset.MembershipRow;
import eu.clustergraph.dataset.OrganisationRow;
import eu.clustergraph.dataset.PartnershipMemberRow;
import eu.clustergraph.dataset.PartnershipRow;
import eu.clustergraph.dataset.SupplyRow;

/**
 * The cooperation ties of an online import, derived from its rows as they are written, when the import proves that
 * every piece of tie evidence it writes lies among nodes it creates: every cluster, member and partnership row is of
 * a new node, and every membership, cooperation, supply, agreement and partnership membership joins two new nodes.
 * That is the usual case (a new dataset into a graph that holds another one, or none): no stored node can then share a
 * member, a partnership, an agreement or a company link with the new clusters, so their ties are exactly those of the
 * rows, as the bulk first start derives them ({@link BulkTies}), and deriving them in the graph afterwards (about 14 s
 * of a full-scale import) would find the same. Any row touching a stored node gives up, and the graph derives them.
 *
 * <p>Holds what {@link BulkTies} holds (ids and small integer lists), plus the clusters' synthetic flags and member
 * counts and the ids of the real members, since the online import writes members before their memberships.
 */
final class ImportedTies {

	private final BulkTies ties = new BulkTies();

	private final Map<String, Boolean> syntheticClusters = new LinkedHashMap<>();

	private final Map<String, long[]> memberCounts = new LinkedHashMap<>();

	private final Set<String> realMembers = new HashSet<>();

	private boolean isolated = true;

	/**
	 * A row as it is written, with whether every node it names is new to the graph. Rows of the other files
	 * (stages, ecosystems, indicators, regional activity, partnership targets) are no tie evidence.
	 */
	void add(DatasetFile kind, DatasetRow row, boolean allNew) {
		if (!isEvidence(kind) || !this.isolated) {
			return;
		}
		if (!allNew) {
			this.isolated = false;
			return;
		}
		if (row instanceof ClusterRow cluster) {
			this.syntheticClusters.put(cluster.id(), cluster.synthetic());
		}
		else if (row instanceof CompanyRow company && !company.synthetic()) {
			this.realMembers.add(company.id());
		}
		else if (row instanceof OrganisationRow organisation && !organisation.synthetic()) {
			this.realMembers.add(organisation.id());
		}
		else if (row instanceof PartnershipRow partnership) {
			this.ties.partnership(partnership.id(), partnership.synthetic());
		}
		else if (row instanceof MembershipRow membership) {
			this.memberCounts.computeIfAbsent(membership.clusterId(), cluster -> new long[1])[0]++;
			this.ties.membership(membership.memberId(), membership.clusterId());
		}
		else if (row instanceof CooperationRow || row instanceof SupplyRow) {
			LinkRow link = (LinkRow) row;
			this.ties.link(link.from(), link.to());
		}
		else if (row instanceof AgreementRow agreement) {
			this.ties.agreement(agreement.from(), agreement.to());
		}
		else if (row instanceof PartnershipMemberRow member) {
			this.ties.participation(member.clusterId(), member.partnershipId());
		}
	}

	private static boolean isEvidence(DatasetFile kind) {
		return switch (kind) {
			case CLUSTERS, COMPANIES, ORGANISATIONS, PARTNERSHIPS, MEMBERSHIPS, COOPERATIONS, SUPPLIES, AGREEMENTS,
					PARTNERSHIP_MEMBERS -> true;
			default -> false;
		};
	}

	/**
	 * Every tie among the import's clusters, each once from the smaller cluster id to the larger, made as they are
	 * written (72,000 at full scale); empty when some row touched a stored node.
	 */
	Optional<DatasetImported.Ties> ties() {
		if (!this.isolated) {
			return Optional.empty();
		}
		this.syntheticClusters.forEach((id, synthetic) -> this.ties.cluster(id, synthetic,
				this.memberCounts.getOrDefault(id, new long[1])[0]));
		this.ties.membersSynthetic(id -> !this.realMembers.contains(id));
		return Optional.of(each -> this.ties
			.forEachTie(tie -> each.accept(Map.of("from", tie.from(), "to", tie.to(), "properties", tie.properties()))));
	}

}
