package eu.clustergraph.system.graphql.engine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth, size and time limits on every request: {@link DocumentLimits} for the document, {@link RequestDeadline} for
 * the time; Boot adds instrumentation beans to the GraphQL setup. A document over a limit is rejected before any data
 * is fetched.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	@Bean
	DocumentLimits documentLimits(RequestLimitsProperties limits) {
		return new DocumentLimits(limits.maxDepth(), limits.maxFields(), limits.maxAliases(), limits.maxInputDepth());
	}

	@Bean
	RequestDeadline requestDeadline(RequestLimitsProperties limits) {
		return new RequestDeadline(limits.timeout());
	}

}
