package eu.clustergraph.search;

import java.util.List;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class SearchGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@BeforeEach
	void aClusterWithAnAccentedName() {
		this.driver.executableQuery("CREATE (:Cluster {id: 'TSEARCH', name: 'Pôle Véhicule du Futur', acronym: 'PVF', "
				+ "country: 'FR', memberCount: 0, companyCount: 0, synthetic: false})").execute();
		this.driver.executableQuery("CALL db.awaitIndexes(60)").execute();
	}

	@AfterEach
	void removeIt() {
		this.driver.executableQuery("MATCH (c:Cluster {id: 'TSEARCH'}) DETACH DELETE c").execute();
	}

	@Test
	void accentsAndCaseDoNotMatter() {
		for (String text : List.of("pole vehicule", "PÔLE", "Pole Vehicule", "véhicule")) {
			this.graphQl.documentName("searchEverything")
				.variable("text", text)
				.variable("kinds", List.of("CLUSTER"))
				.execute()
				.path("search[*].id")
				.entityList(String.class)
				.satisfies(ids -> assertThat(ids).as(text).contains("TSEARCH"));
		}
	}

	@Test
	void regionsAreFoundByLatinAndNationalNamesInTheDefaultVersion() {
		var response = this.graphQl.documentName("searchEverything")
			.variable("text", "Baden-Württemberg")
			.variable("kinds", List.of("REGION"))
			.execute();
		response.path("search[0].id").entity(String.class).isEqualTo("DE1");
		response.path("search[0].node.__typename").entity(String.class).isEqualTo("Region");
		response.path("search[*].id").entityList(String.class).satisfies(ids -> assertThat(ids).doesNotHaveDuplicates());
	}

	@Test
	void naceNotesAreSearchedAndHitsComeBestFirst() {
		var response = this.graphQl.documentName("searchEverything")
			.variable("text", "lithium batteries")
			.variable("kinds", List.of("ACTIVITY"))
			.execute();
		response.path("search[*].id").entityList(String.class).contains("27.20");
		response.path("search[*].score")
			.entityList(Double.class)
			.satisfies(scores -> assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder()));
	}

	@Test
	void luceneSyntaxIsTakenAsTextNeverAnErrorOrAnOperator() {
		for (String text : List.of("\"", "(", "name:pole", "pole~", "*", "pole AND (", "a:b OR c", "\\", "[x TO y]")) {
			this.graphQl.documentName("searchEverything")
				.variable("text", text)
				.execute()
				.errors()
				.verify();
		}
		// a field query would have matched every cluster named anything: as text it matches nothing
		this.graphQl.documentName("searchEverything")
			.variable("text", "name:*")
			.variable("kinds", List.of("CLUSTER"))
			.execute()
			.path("search")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aHitsNodeHasWhatItsFragmentsSelectAndItsChildren() {
		var cluster = this.graphQl.document("""
				{ search(text: "pole vehicule", kinds: [CLUSTER], first: 1) { id name
				  node { ... on Cluster { acronym country } ...counts } } }
				fragment counts on Cluster { synthetic memberCount }""").execute();
		cluster.path("search[0].id").entity(String.class).isEqualTo("TSEARCH");
		cluster.path("search[0].name").entity(String.class).isEqualTo("Pôle Véhicule du Futur");
		cluster.path("search[0].node.acronym").entity(String.class).isEqualTo("PVF");
		cluster.path("search[0].node.country").entity(String.class).isEqualTo("FR");
		cluster.path("search[0].node.synthetic").entity(Boolean.class).isEqualTo(false);
		cluster.path("search[0].node.memberCount").entity(Integer.class).isEqualTo(0);
		// a region's parent is batched by the region's code and version, which the statement then reads as well
		var region = this.graphQl.document("""
				{ search(text: "Baden-Württemberg", kinds: [REGION], first: 1) {
				  node { ... on Region { code version parent { code } children { code } } } } }""").execute();
		region.path("search[0].node.code").entity(String.class).isEqualTo("DE1");
		region.path("search[0].node.version").entity(Integer.class).isEqualTo(2021);
		region.path("search[0].node.parent.code").entity(String.class).isEqualTo("DE");
		region.path("search[0].node.children[*].code").entityList(String.class).contains("DE11", "DE14");
	}

	@Test
	void blankOrOverlongTextIsNamedInTheError() {
		for (String text : List.of("  ", "x".repeat(201))) {
			this.graphQl.documentName("searchEverything")
				.variable("text", text)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "text")));
		}
	}

}
