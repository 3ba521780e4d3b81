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
	void anUnknownValueChainIsNullWithoutError() {
		this.graphQl.document("{ valueChain(id: \"NOPE\") { id } }")
			.execute()
			.errors()
			.verify()
			.path("valueChain")
			.valueIsNull();
	}

}
