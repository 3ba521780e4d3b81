package eu.clustergraph.system.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Depth, size and time limits on every request, from graphql-java's analysis instrumentations and Spring's timeout
 * interceptor; Boot adds instrumentation and interceptor beans to the GraphQL setup. A document over a limit is
 * rejected before any data is fetched.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	@Bean
	Instrumentation maxDepth(RequestLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	Instrumentation maxFields(RequestLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxFields());
	}

	@Bean
	WebGraphQlInterceptor timeout(RequestLimitsProperties limits) {
		return new TimeoutWebGraphQlInterceptor(limits.timeout());
	}

}
