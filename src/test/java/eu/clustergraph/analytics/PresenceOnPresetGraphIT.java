package eu.clustergraph.analytics;

import java.util.List;

import eu.clustergraph.support.EmbeddedGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regional presence, the indicators and their correlation on the 5,000-company preset graph, whose indicators are
 * all synthetic (GENERATOR.md: five indicators of NUTS 2 regions, 2019 to 2023).
 */
class PresenceOnPresetGraphIT extends EmbeddedGraph {

	@Autowired
	private HttpGraphQlTester graphQl;

	@Test
	void theIndicatorsListWhatIsLoadedAndSayItIsSynthetic() {
		var response = this.graphQl.document("{ indicators { indicator levels years synthetic regions } }").execute();
		response.errors().verify();
		response.path("indicators[*].indicator").entityList(String.class).containsExactly("DIGITAL_READINESS",
				"GREEN_READINESS", "HRST_SHARE", "PATENTS_PER_MILLION", "RD_GDP");
		response.path("indicators[0].levels").entityList(Integer.class).containsExactly(2);
		response.path("indicators[0].years").entityList(Integer.class).containsExactly(2019, 2020, 2021, 2022, 2023);
		response.path("indicators[0].synthetic").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void presenceCountsEveryClusterOnceAtEachLevelAndListsRegionsWithoutClusters() {
		var response = this.graphQl.document("{ countries: clusterPresence(level: COUNTRY) { region clusters } "
				+ "nuts2: clusterPresence(level: NUTS2) { region clusters memberCompanies employmentShare } "
				+ "statistics(groupBy: COUNTRY) { group clusters } all: clusters { totalCount } }")
			.execute();
		response.errors().verify();
		int total = response.path("all.totalCount").entity(Integer.class).get();
		List<Integer> byCountry = response.path("countries[*].clusters").entityList(Integer.class).get();
		List<Integer> byNuts2 = response.path("nuts2[*].clusters").entityList(Integer.class).get();
		assertThat(byCountry).hasSize(27);
		assertThat(byNuts2).hasSize(242).contains(0);
		assertThat(byCountry.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
		assertThat(byNuts2.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
		// the same per-country counts as the statistics' grouping, for the countries that have clusters
		List<String> countries = response.path("countries[*].region").entityList(String.class).get();
		List<String> groups = response.path("statistics[*].group").entityList(String.class).get();
		List<Integer> counts = response.path("statistics[*].clusters").entityList(Integer.class).get();
		for (int i = 0; i < groups.size(); i++) {
			assertThat(byCountry.get(countries.indexOf(groups.get(i)))).as(groups.get(i)).isEqualTo(counts.get(i));
		}
		List<Double> shares = response.path("nuts2[*].employmentShare").entityList(Double.class).get();
		assertThat(shares).allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0));
	}

	@Test
	void aCorrelationHasItsFiguresAndOnePointPerRegionWithBothValues() {
		var response = this.graphQl.document("{ presenceCorrelation(indicator: \"RD_GDP\", year: 2021, method: PEARSON) "
				+ "{ coefficient n pValue low high slope intercept synthetic points { region presence indicator } } }")
			.execute();
		response.errors().verify();
		int n = response.path("presenceCorrelation.n").entity(Integer.class).get();
		assertThat(n).isEqualTo(242);
		response.path("presenceCorrelation.points").entityList(Object.class).hasSize(n);
		double r = response.path("presenceCorrelation.coefficient").entity(Double.class).get();
		assertThat(response.path("presenceCorrelation.low").entity(Double.class).get()).isLessThan(r);
		assertThat(response.path("presenceCorrelation.high").entity(Double.class).get()).isGreaterThan(r);
		assertThat(response.path("presenceCorrelation.pValue").entity(Double.class).get()).isBetween(0.0, 1.0);
		response.path("presenceCorrelation.synthetic").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void anIndicatorYearLevelOrMeasureWithoutDataIsAnErrorNamingIt() {
		assertArgument("indicator: \"NOPE\", year: 2021", "indicator", "NOPE");
		assertArgument("indicator: \"RD_GDP\", year: 2030", "year", "2030");
		assertArgument("indicator: \"RD_GDP\", year: 2021, level: COUNTRY", "level", "COUNTRY");
		assertArgument("indicator: \"RD_GDP\", year: 2021, presence: CLUSTERS_PER_MILLION", "presence", "population");
	}

	private void assertArgument(String arguments, String argument, String named) {
		this.graphQl.document("{ presenceCorrelation(" + arguments + ") { n } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("argument", argument);
				assertThat(error.getMessage()).contains(named);
			}));
	}

}
