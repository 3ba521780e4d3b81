package eu.clustergraph.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Correlations against SciPy's on hand-written points ({@code fixtures/analytics/correlation.py}). */
class CorrelationTests {

	@Test
	void coefficientsPValuesIntervalsAndTheLineMatchSciPy() throws IOException {
		JsonNode expected;
		try (InputStream json = getClass().getResourceAsStream("/fixtures/analytics/correlation.json")) {
			expected = JsonMapper.builder().build().readTree(json);
		}
		expected.get("cases").properties().forEach(entry -> {
			List<double[]> points = new ArrayList<>();
			entry.getValue().get("points").forEach(point -> points.add(new double[] { point.get(0).asDouble(),
					point.get(1).asDouble() }));
			for (Correlation.Method method : Correlation.Method.values()) {
				JsonNode scipy = entry.getValue().get(method.name());
				Correlation actual = Correlation.of(method, points);
				String as = entry.getKey() + " " + method;
				assertThat(actual.n()).isEqualTo(points.size());
				assertThat(actual.coefficient()).as(as).isCloseTo(scipy.get("coefficient").asDouble(), within(1e-9));
				assertThat(actual.pValue()).as(as + " p").isCloseTo(scipy.get("pValue").asDouble(), within(1e-9));
				assertThat(actual.low()).as(as + " low").isCloseTo(scipy.get("interval").get(0).asDouble(), within(1e-9));
				assertThat(actual.high()).as(as + " high").isCloseTo(scipy.get("interval").get(1).asDouble(),
						within(1e-9));
				assertThat(actual.slope()).isCloseTo(entry.getValue().get("slope").asDouble(), within(1e-9));
				assertThat(actual.intercept()).isCloseTo(entry.getValue().get("intercept").asDouble(), within(1e-9));
			}
		});
	}

	@Test
	void tooFewPointsOrAConstantVariableGiveNoPValueRatherThanAnError() {
		Correlation one = Correlation.of(Correlation.Method.PEARSON, List.of(new double[] { 1, 2 }));
		assertThat(one.coefficient()).isNaN();
		assertThat(one.pValue()).isNull();
		Correlation constant = Correlation.of(Correlation.Method.SPEARMAN,
				List.of(new double[] { 0, 2 }, new double[] { 0, 3 }, new double[] { 0, 5 }, new double[] { 0, 1 }));
		assertThat(constant.coefficient()).isNaN();
		assertThat(constant.pValue()).isNull();
		assertThat(constant.low()).isNull();
	}

}
