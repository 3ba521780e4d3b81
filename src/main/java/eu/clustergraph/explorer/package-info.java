/**
 * The explorer: the web page at {@code /} (search, cards, graph view, path finder, gaps, map) and GraphiQL at
 * {@code /graphiql}, both static pages under {@code src/main/resources/static} that read everything from the public
 * GraphQL API and the exports, with their libraries served from the jar (WebJars).
 */
package eu.clustergraph.explorer;
