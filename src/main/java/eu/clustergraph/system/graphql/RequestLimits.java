package eu.clustergraph.system.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Depth, size and time limits on every request: {@link DocumentLimits} for the document, Spring's timeout interceptor
 * for the time; Boot adds instrumentation and interceptor beans to the GraphQL setup. A document over a limit is
 * rejected before any data is fetched.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	@Bean
	DocumentLimits documentLimits(RequestLimitsProperties limits) {
		return new DocumentLimits(limits.maxDepth(), limits.maxFields());
	}

	@Bean
	WebGraphQlInterceptor timeout(RequestLimitsProperties limits) {
		return new TimeoutWebGraphQlInterceptor(limits.timeout());
	}

}
