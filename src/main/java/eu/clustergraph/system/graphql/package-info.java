/**
 * What every GraphQL feature shares, by what it is: {@code paging} (connections, cursors, page arguments, child
 * pages), {@code batching} (handing a level's child rows to its parents), {@code errors} (the error codes clients
 * branch on) and {@code engine} (Spring GraphQL's and graphql-java's defaults this service overrides, all
 * package-private: features never call them).
 */
package eu.clustergraph.system.graphql;
