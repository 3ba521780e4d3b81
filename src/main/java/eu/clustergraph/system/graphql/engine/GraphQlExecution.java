package eu.clustergraph.system.graphql.engine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Boot's GraphQL execution service, with every request's data loaders created on demand ({@link OnDemandDataLoaders})
 * rather than all registered up front. Boot backs its own service off when this bean exists; its service differs
 * only in registering the {@link BatchLoaderRegistry} eagerly.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlExecution {

	@Bean
	ExecutionGraphQlService executionGraphQlService(GraphQlSource source, BatchLoaderRegistry batchLoaders) {
		// no data-loader registrar: it would fill the registry below with every loader on every request
		ExecutionGraphQlService service = new DefaultExecutionGraphQlService(source);
		return request -> {
			request.configureExecutionInput((input, builder) -> builder
				.dataLoaderRegistry(new OnDemandDataLoaders(batchLoaders, input.getGraphQLContext()))
				.build());
			return service.execute(request);
		};
	}

}
