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
 * without its data-loader observations. Those rebuild the request's data-loader registry and re-create every one of
 * its loaders (about 40, one per batched field) on every request, whether the request uses them or not: in a warm
 * single-entity lookup they were the largest part of the GraphQL cost above a plain REST endpoint (about 0.19 of
 * 0.37 ms, measured alternating both in one process). What they measured is still measured: each batch load is one
 * Cypher statement, and {@code CypherRunner} times every read by its named query. Boot backs its own instrumentation
 * off when this bean exists.
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
