package eu.clustergraph.system.graphql.engine;

import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The custom scalars of the schema, from graphql-java's extended scalars: {@code JSON}, node and relationship
 * properties as stored, for subgraphs. A wiring configurer component rather than a bean method, so that
 * {@code @GraphQlTest} slices, which include wiring configurers only, build the same schema.
 */
@Component
class Scalars implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(ExtendedScalars.Json);
	}

}
