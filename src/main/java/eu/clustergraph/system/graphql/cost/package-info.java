/**
 * What a request may cost: a static cost per field from the schema's {@code @cost} and {@code @listSize} directives
 * (the GraphQL cost directive convention of IBM's specification and Apollo's demand control), computed once per cached
 * document; a limit per request and a budget per client per minute (Bucket4j); the cost of every response in its
 * {@code extensions}. Requests over either are rejected before any Cypher runs.
 */
package eu.clustergraph.system.graphql.cost;
