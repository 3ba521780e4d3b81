package eu.clustergraph.system.graphql.engine;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The custom scalars of the schema, from graphql-java's extended scalars. */
@Configuration(proxyBeanMethods = false)
class Scalars {

	/** {@code JSON}: node and relationship properties as stored, for subgraphs. */
	@Bean
	RuntimeWiringConfigurer jsonScalar() {
		return wiring -> wiring.scalar(ExtendedScalars.Json);
	}

}
