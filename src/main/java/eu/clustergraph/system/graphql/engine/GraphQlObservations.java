package eu.clustergraph.system.graphql.engine;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring GraphQL's request and data-fetcher observations ({@code graphql.request}, {@code graphql.datafetcher}),
 * without its data-loader observations, which re-create every loader of every request, used or not; each batch load
 * is still timed, as a Cypher read by {@code CypherRunner}. Measured in {@code docs/decisions/0005}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlObservations {

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
		return new WithoutDataLoaders(registry);
	}

	static final class WithoutDataLoaders extends GraphQlObservationInstrumentation {

		WithoutDataLoaders(ObservationRegistry registry) {
			super(registry);
		}

		@Override
		public ExecutionInput instrumentExecutionInput(ExecutionInput input,
				InstrumentationExecutionParameters parameters, InstrumentationState state) {
			return input;
		}

	}

}
