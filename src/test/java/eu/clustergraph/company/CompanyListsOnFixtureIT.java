package eu.clustergraph.company;

import eu.clustergraph.support.FixtureGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Company filters and their children on the hand-written fixture; expected values from its header tables. */
class CompanyListsOnFixtureIT extends FixtureGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void companiesOfASizeClassInAStageComeLargestFirstWithTheirClusters() {
		var response = this.graphQl.documentName("companiesOfSizeClassInStage")
			.variable("stage", "BAT-3")
			.variable("sizeClass", "SMALL")
			.variable("first", 100)
			.execute();
		response.errors().verify();
		// SMALL and in BAT-3: CO1 (40 employees), CO7 (33), CO3 (12)
		response.path("companies.totalCount").entity(Long.class).isEqualTo(3L);
		response.path("companies.nodes[*].id").entityList(String.class).containsExactly("FX-CO1", "FX-CO7", "FX-CO3");
		response.path("companies.nodes[0].clusters[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("FX-C1", "FX-C2"));
		response.path("companies.nodes[1].clusters[*].id").entityList(String.class).containsExactly("FX-C4");
		response.path("companies.nodes[1].region.code").entity(String.class).isEqualTo("FR101");
		response.path("companies.nodes[2].activity.code").entity(String.class).isEqualTo("29.10");
	}

	@Test
	void naceFiltersIncludeEverySubCodeAndSectionsTheirDivisions() {
		var response = this.graphQl.document("{ c: companies(filter: { nace: \"C\" }) { totalCount } "
				+ "d: companies(filter: { nace: \"27\" }) { totalCount } g: companies(filter: { nace: \"27.2\" }) "
				+ "{ totalCount } k: companies(filter: { nace: \"27.20\" }) { totalCount } }").execute();
		response.errors().verify();
		// section C: CO1, CO2, CO3, CO5, CO6, CO7; division 27: CO1, CO2, CO5, CO7; 27.2 and 27.20: CO1, CO2, CO7
		response.path("c.totalCount").entity(Long.class).isEqualTo(6L)
			.path("d.totalCount").entity(Long.class).isEqualTo(4L)
			.path("g.totalCount").entity(Long.class).isEqualTo(3L)
			.path("k.totalCount").entity(Long.class).isEqualTo(3L);
	}

	@Test
	void aClusterAndARegionFilterTheirCompanies() {
		var response = this.graphQl.document("{ inC1: companies(filter: { cluster: \"FX-C1\" }) { nodes { id } } "
				+ "inDE1: companies(filter: { region: \"DE1\" }, sort: EMPLOYEES) { nodes { id } } }").execute();
		response.errors().verify();
		// C1's members that are companies; the organisation FX-O1 is not one
		response.path("inC1.nodes[*].id").entityList(String.class).containsExactly("FX-CO1", "FX-CO3", "FX-CO8");
		// Baden-Württemberg: CO3 (12), CO1 (40), CO2 (120)
		response.path("inDE1.nodes[*].id").entityList(String.class).containsExactly("FX-CO3", "FX-CO1", "FX-CO2");
	}

}
