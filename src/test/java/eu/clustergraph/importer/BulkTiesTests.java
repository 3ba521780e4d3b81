package eu.clustergraph.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The ties the batch import writes, on a hand-made network whose ties are worked out by hand from the definition in
 * {@code derive-ties.cypher}. {@code BulkFirstStartIT} compares them with the graph's own derivation at scale; this
 * covers what generated data never has: real members and real links between real clusters.
 */
class BulkTiesTests {

	@Test
	void tiesCountEachChannelsEvidenceAndAreRealOnlyWithRealEvidenceBetweenRealClusters() {
		BulkTies ties = new BulkTies();
		// CL1 {CO1, CO3}, CL2 {CO2, CO3, OR1}, CL3 {OR1}, CL4 {}: CO3 (synthetic) and OR1 (real) are shared members
		ties.membership("CO1", "CL1");
		ties.membership("CO3", "CL1");
		ties.membership("CO2", "CL2");
		ties.membership("CO3", "CL2");
		ties.membership("OR1", "CL2");
		ties.membership("OR1", "CL3");
		ties.cluster("CL1", false, 2);
		ties.cluster("CL2", false, 3);
		ties.cluster("CL3", true, 1);
		ties.cluster("CL4", false, 0);
		ties.member("CO1", false);
		ties.member("CO2", false);
		ties.member("CO3", true);
		ties.member("OR1", false);
		ties.member("CO9", false); // in no cluster
		ties.partnership("PA1", true);
		ties.participation("CL1", "PA1");
		ties.participation("CL3", "PA1");
		ties.participation("CL4", "PA1");
		ties.agreement("CL3", "CL2");
		// CO1 (CL1 only) and CO2 (CL2 only): member cooperation; CO3 is in CL2 itself, so CO3-CO2 is none
		ties.link("CO1", "CO2");
		ties.link("CO3", "CO2");
		ties.link("CO1", "CO9");

		Map<String, Map<String, Object>> found = new LinkedHashMap<>();
		ties.forEachTie(tie -> found.put(tie.from() + "-" + tie.to(), tie.properties()));

		assertThat(found).containsOnlyKeys("CL1-CL2", "CL1-CL3", "CL1-CL4", "CL2-CL3", "CL3-CL4");
		// one shared member (0.25); one link between clusters of 2 and 3 members: 1 - exp(-20 / sqrt(6)) = 0.999716
		assertThat(found.get("CL1-CL2")).contains(entry("channels", List.of("SHARED_MEMBER", "MEMBER_COOPERATION")),
				entry("sharedMembers", 1L), entry("partnerships", 0L), entry("agreements", 0L),
				entry("memberCooperations", 1L), entry("sampleFrom", List.of("CO1")), entry("sampleTo", List.of("CO2")),
				entry("sharedMemberStrength", 0.25), entry("memberCooperationStrength", 0.999716),
				entry("partnershipStrength", 0.0), entry("agreementStrength", 0.0),
				entry("strength", 0.999787), entry("synthetic", false));
		// a real shared member and an agreement (0.9): 1 - 0.75 * 0.1; synthetic, as CL3 is
		assertThat(found.get("CL2-CL3")).contains(entry("channels", List.of("SHARED_MEMBER", "AGREEMENT")),
				entry("sharedMembers", 1L), entry("agreements", 1L), entry("strength", 0.925),
				entry("sampleFrom", null), entry("synthetic", true));
		// two real clusters whose only evidence is a synthetic partnership
		assertThat(found.get("CL1-CL4")).contains(entry("channels", List.of("PARTNERSHIP")), entry("partnerships", 1L),
				entry("strength", 0.7), entry("synthetic", true));
	}

	@Test
	void strengthsRoundHalfUpAtSixDecimalsAsCypherRounds() {
		assertThat(BulkTies.round6(0.0000005)).isEqualTo(0.000001);
		assertThat(BulkTies.round6(1 - Math.pow(0.75, 4))).isEqualTo(0.683594);
	}

}
