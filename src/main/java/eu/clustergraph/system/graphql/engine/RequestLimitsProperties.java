package eu.clustergraph.system.graphql.engine;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits every GraphQL request is held to (DESIGN.md, API conventions), so one request cannot take the service down.
 *
 * @param maxDepth the deepest field nesting; GraphiQL's introspection query needs 13
 * @param maxFields the most fields a document may select (graphql-java's query complexity, one per field)
 * @param timeout how long a request may run before it gets an error
 */
@ConfigurationProperties("clustergraph.graphql")
record RequestLimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("2000") int maxFields,
		@DefaultValue("30s") Duration timeout) {
}
