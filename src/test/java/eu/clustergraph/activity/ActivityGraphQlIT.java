package eu.clustergraph.activity;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aClassKnowsItsGroupDivisionSectionNotesAndEcosystems() {
		var response = this.graphQl.documentName("activityWithNotesAndEcosystems").variable("code", "27.20").execute();
		response.errors().verify();
		response.path("activity.name").entity(String.class).isEqualTo("Manufacture of batteries and accumulators");
		response.path("activity.levelName").entity(String.class).isEqualTo("class");
		response.path("activity.parent.code").entity(String.class).isEqualTo("27.2");
		response.path("activity.parent.parent.code").entity(String.class).isEqualTo("27");
		response.path("activity.parent.parent.parent.code").entity(String.class).isEqualTo("C");
		response.path("activity.notes.includes").entity(String.class)
			.satisfies(notes -> assertThat(notes).contains("lithium batteries"));
		response.path("activity.children").entityList(Object.class).hasSize(0);
	}

	@Test
	void aSectionListsItsDivisions() {
		this.graphQl.documentName("activityWithNotesAndEcosystems")
			.variable("code", "c")
			.execute()
			.path("activity.children[*].code")
			.entityList(String.class)
			.hasSize(24)
			.contains("10", "33");
	}

	@Test
	void theWorkingMapShowsItsBasisWithEveryEcosystem() {
		this.graphQl.documentName("activityWithNotesAndEcosystems")
			.variable("code", "30.3")
			.execute()
			.path("activity.ecosystems[*].ecosystem.id")
			.entityList(String.class)
			.contains("AERO")
			.path("activity.ecosystems[*].basis")
			.entityList(String.class)
			.satisfies(bases -> assertThat(bases).allMatch(basis -> basis.contains("working approximation")));
	}

}
