package eu.clustergraph.system.graphql.cost;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs {@link QueryCost}; Boot adds instrumentation beans to the GraphQL engine. */
@Configuration(proxyBeanMethods = false)
class QueryCostConfiguration {

	@Bean
	QueryCost queryCost(CostProperties properties) {
		return new QueryCost(properties);
	}

}
