package eu.clustergraph.importer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.clustergraph.dataset.AgreementRow;
import eu.clustergraph.dataset.ClusterRow;
import eu.clustergraph.dataset.CompanyRow;
import eu.clustergraph.dataset.CompanyStageRow;
import eu.clustergraph.dataset.CooperationRow;
import eu.clustergraph.dataset.DatasetFile;
import eu.clustergraph.dataset.MembershipRow;
import eu.clustergraph.dataset.OrganisationRow;
import eu.clustergraph.dataset.PartnershipMemberRow;
import eu.clustergraph.dataset.PartnershipRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The ties of an online import that creates every node its tie evidence names, fed in the online import's file
 * order (members before their memberships), on the hand-made network of {@link BulkTiesTests} with the same values
 * worked out by hand; and the fallback to the graph's derivation as soon as one row names a stored node.
 */
class ImportedTiesTests {

	@Test
	@SuppressWarnings("unchecked")
	void anImportOfNewNodesOnlyDerivesTheTiesOfItsRowsWithMembersReadBeforeTheirMemberships() {
		ImportedTies ties = new ImportedTies();
		network(ties);

		Map<String, Map<String, Object>> found = new TreeMap<>();
		ties.ties().orElseThrow().forEach(tie -> found.put(tie.get("from") + "-" + tie.get("to"),
				(Map<String, Object>) tie.get("properties")));

		assertThat(found).containsOnlyKeys("CL1-CL2", "CL1-CL3", "CL1-CL4", "CL2-CL3", "CL3-CL4");
		// one shared member (0.25); one link between clusters of 2 and 3 members: 1 - exp(-20 / sqrt(6)) = 0.999716;
		// real, as CO1 and CO2 are real companies of two real clusters
		assertThat(found.get("CL1-CL2")).contains(entry("channels", List.of("SHARED_MEMBER", "MEMBER_COOPERATION")),
				entry("sharedMembers", 1L), entry("memberCooperations", 1L), entry("sampleFrom", List.of("CO1")),
				entry("sampleTo", List.of("CO2")), entry("strength", 0.999787), entry("synthetic", false));
		// a real shared member and an agreement (0.9): 1 - 0.75 * 0.1; synthetic, as CL3 is
		assertThat(found.get("CL2-CL3")).contains(entry("channels", List.of("SHARED_MEMBER", "AGREEMENT")),
				entry("strength", 0.925), entry("synthetic", true));
		// two real clusters whose only evidence is a synthetic partnership
		assertThat(found.get("CL1-CL4")).contains(entry("channels", List.of("PARTNERSHIP")), entry("strength", 0.7),
				entry("synthetic", true));
	}

	@Test
	void aRowNamingAStoredNodeLeavesTheTiesToTheGraph() {
		ImportedTies ties = new ImportedTies();
		network(ties);
		// CL1 gains a member the graph already holds: it may share it with stored clusters
		ties.add(DatasetFile.MEMBERSHIPS, new MembershipRow("CO7", "CL1", null, "Company"), false);

		assertThat(ties.ties()).isEmpty();
	}

	@Test
	void filesThatAreNoTieEvidenceDoNotDecide() {
		ImportedTies ties = new ImportedTies();
		network(ties);
		// a stage or an indicator names reference nodes, which are never new
		ties.add(DatasetFile.COMPANY_STAGES, new CompanyStageRow("CO1", "ST1"), false);

		assertThat(ties.ties()).isPresent();
	}

	/** BulkTiesTests' network, in the online import's file order, every node new. */
	private static void network(ImportedTies ties) {
		ties.add(DatasetFile.CLUSTERS, cluster("CL1", false), true);
		ties.add(DatasetFile.CLUSTERS, cluster("CL2", false), true);
		ties.add(DatasetFile.CLUSTERS, cluster("CL3", true), true);
		ties.add(DatasetFile.CLUSTERS, cluster("CL4", false), true);
		ties.add(DatasetFile.COMPANIES, company("CO1", false), true);
		ties.add(DatasetFile.COMPANIES, company("CO2", false), true);
		ties.add(DatasetFile.COMPANIES, company("CO3", true), true);
		ties.add(DatasetFile.COMPANIES, company("CO9", false), true);
		ties.add(DatasetFile.ORGANISATIONS, new OrganisationRow("OR1", "Org", "RESEARCH", "DE111", false), true);
		ties.add(DatasetFile.PARTNERSHIPS, new PartnershipRow("PA1", "ECCP", "Partnership", null, null, null, true),
				true);
		for (String[] membership : new String[][] { { "CO1", "CL1" }, { "CO3", "CL1" }, { "CO2", "CL2" },
				{ "CO3", "CL2" }, { "OR1", "CL2" }, { "OR1", "CL3" } }) {
			ties.add(DatasetFile.MEMBERSHIPS, new MembershipRow(membership[0], membership[1], null,
					membership[0].startsWith("CO") ? "Company" : "Organisation"), true);
		}
		ties.add(DatasetFile.COOPERATIONS, new CooperationRow("CO1", "CO2", "PROJECT", null), true);
		ties.add(DatasetFile.COOPERATIONS, new CooperationRow("CO3", "CO2", "PROJECT", null), true);
		ties.add(DatasetFile.COOPERATIONS, new CooperationRow("CO1", "CO9", "PROJECT", null), true);
		ties.add(DatasetFile.PARTNERSHIP_MEMBERS, new PartnershipMemberRow("PA1", "CL1", null), true);
		ties.add(DatasetFile.PARTNERSHIP_MEMBERS, new PartnershipMemberRow("PA1", "CL3", null), true);
		ties.add(DatasetFile.PARTNERSHIP_MEMBERS, new PartnershipMemberRow("PA1", "CL4", null), true);
		ties.add(DatasetFile.AGREEMENTS, new AgreementRow("CL3", "CL2", "MOU", null), true);
	}

	private static ClusterRow cluster(String id, boolean synthetic) {
		return new ClusterRow(id, id, null, null, null, null, null, "NONE", null, "DE111", synthetic, null);
	}

	private static CompanyRow company(String id, boolean synthetic) {
		return new CompanyRow(id, id, null, null, null, null, null, null, "DE111", "27.20", null, null, synthetic);
	}

}
