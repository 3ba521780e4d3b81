package eu.clustergraph.valuechain;

import java.util.List;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ValueChainGraphQlIT extends EmbeddedGraph {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void batteryStagesComeUpstreamFirstEachFeedingTheNext() {
		var response = this.graphQl.documentName("batteryValueChainStages").execute();
		response.errors().verify();
		List<String> stages = response.path("valueChain.stages[*].id").entityList(String.class).get();
		assertThat(stages).containsExactly("BAT-1", "BAT-2", "BAT-3", "BAT-4", "BAT-5", "BAT-6");
		for (int i = 0; i < 5; i++) {
			response.path("valueChain.stages[" + i + "].feeds[*].id")
				.entityList(String.class)
				.containsExactly(stages.get(i + 1));
			response.path("valueChain.stages[" + (i + 1) + "].fedBy[*].id")
				.entityList(String.class)
				.containsExactly(stages.get(i));
		}
		response.path("valueChain.stages[5].feeds").entityList(Object.class).hasSize(0);
		response.path("valueChain.stages[2].keyActivities[*].code").entityList(String.class).containsExactly("27.20");
	}

	@Test
	void allFourteenValueChainsAndTheirSeventyFourStagesAreListed() {
		this.graphQl.document("{ valueChains(first: 100) { totalCount nodes { id stages { id } ecosystems { id } } } }")
			.execute()
			.path("valueChains.totalCount")
			.entity(Integer.class)
			.isEqualTo(14)
			.path("valueChains.nodes[*].stages[*].id")
			.entityList(String.class)
			.hasSize(74)
			.path("valueChains.nodes[0].id")
			.entity(String.class)
			.isEqualTo("BAT");
	}

	@Test
	void aStageLeadsBackToItsValueChainAndEcosystemsToTheirChains() {
		this.graphQl.document("{ valueChain(id: \"H2\") { stages { valueChain { id } } ecosystems { id valueChains { id } } } }")
			.execute()
			.path("valueChain.stages[*].valueChain.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly("H2"))
			.path("valueChain.ecosystems[0].valueChains[*].id")
			.entityList(String.class)
			.contains("H2");
	}

	@Test
	void valueChainsAreFilteredByEcosystemActivityAndConfidence() {
		this.graphQl.document("{ valueChains(filter: {ecosystem: \"REN\"}) { nodes { id } } }")
			.execute()
			.path("valueChains.nodes[*].id")
			.entityList(String.class)
			.contains("BAT", "H2")
			.doesNotContain("PHARMA");
		// 27.2 (batteries) is a key activity of BAT; its class 27.20 and the section C find it too
		for (String nace : new String[] { "27.2", "27.20", "C" }) {
			this.graphQl.document("query($nace: String) { valueChains(filter: {nace: $nace}) { nodes { id } } }")
				.variable("nace", nace)
				.execute()
				.path("valueChains.nodes[*].id")
				.entityList(String.class)
				.contains("BAT");
		}
		this.graphQl.document("{ valueChains(filter: {confidence: \"HIGH\", OR: [{ecosystem: \"HLTH\"}, {name: \"hydro\"}]}) { nodes { id confidence } } }")
			.execute()
			.path("valueChains.nodes[*].confidence")
			.entityList(String.class)
			.satisfies(levels -> assertThat(levels).isNotEmpty().containsOnly("high"));
	}

	@Test
	void valueChainsSortByName() {
		this.graphQl.document("{ valueChains(sort: NAME, first: 100) { nodes { name } } }")
			.execute()
			.path("valueChains.nodes[*].name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).hasSize(14).isSorted());
	}

	@Test
	void aBadConfidenceIsNamedInTheError() {
		this.graphQl.document("{ valueChains(filter: {confidence: \"certain\"}) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("argument", "filter.confidence")));
	}

	@Test
	void anUnknownValueChainIsNullWithoutError() {
		this.graphQl.document("{ valueChain(id: \"NOPE\") { id } }")
			.execute()
			.errors()
			.verify()
			.path("valueChain")
			.valueIsNull();
	}

}
