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
 * @param maxAliases the most aliased fields a document may have: what a client needs to ask a few things twice,
 * far from the thousands an attack multiplies one field with
 * @param maxInputDepth the deepest nesting of an argument value, in the document or in the variables (a filter's
 * {@code AND} inside {@code OR} inside {@code AND} is 3 levels of lists and objects each)
 */
@ConfigurationProperties("clustergraph.graphql")
record RequestLimitsProperties(@DefaultValue("15") int maxDepth, @DefaultValue("2000") int maxFields,
		@DefaultValue("30s") Duration timeout, @DefaultValue("100") int maxAliases,
		@DefaultValue("16") int maxInputDepth) {
}
