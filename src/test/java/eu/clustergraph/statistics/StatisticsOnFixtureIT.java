package eu.clustergraph.statistics;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Statistics on the hand-written fixture; expected values summed by hand from its header tables. */
class StatisticsOnFixtureIT extends FixtureGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void countriesCountTheirClustersCompaniesOnceAndEveryMembership() {
		var response = this.graphQl.document("{ statistics(groupBy: COUNTRY) { group clusters companies memberships "
				+ "employees smeShare } }").execute();
		response.errors().verify();
		response.path("statistics[*].group").entityList(String.class).containsExactly("DE", "ES", "FR");
		// DE: C1, C2, C3; companies CO1 (in two), CO2, CO3, CO4, CO8 (in two); 3 + 2 + 2 company memberships
		response.path("statistics[0].clusters").entity(Integer.class).isEqualTo(3);
		response.path("statistics[0].companies").entity(Integer.class).isEqualTo(5);
		response.path("statistics[0].memberships").entity(Integer.class).isEqualTo(7);
		response.path("statistics[0].employees").entity(Double.class).isEqualTo(236.0);
		response.path("statistics[0].smeShare").entity(Double.class).isEqualTo(1.0);
		// FR: C4 with CO5 (900, LARGE) and CO7 (33)
		response.path("statistics[2].employees").entity(Double.class).isEqualTo(933.0);
		response.path("statistics[2].smeShare").entity(Double.class).isEqualTo(0.5);
	}

	@Test
	void aFilterNarrowsTheClustersBeforeTheyAreGrouped() {
		var response = this.graphQl.document("{ statistics(groupBy: ECOSYSTEM, filter: { label: GOLD }) { group name "
				+ "clusters companies memberships employees } }").execute();
		response.errors().verify();
		// GOLD: C1 (MOB, ELEC; CO1, CO3, CO8) and C4 (REN; CO5, CO7)
		response.path("statistics[*].group").entityList(String.class).containsExactly("ELEC", "MOB", "REN");
		response.path("statistics[*].clusters").entityList(Integer.class).containsExactly(1, 1, 1);
		response.path("statistics[*].companies").entityList(Integer.class).containsExactly(3, 3, 2);
		response.path("statistics[*].employees").entityList(Double.class).containsExactly(112.0, 112.0, 933.0);
		response.path("statistics[1].name").entity(String.class).isEqualTo("Mobility - Transport - Automotive");
	}

}
