/**
 * Infrastructure shared by every feature: the embedded Neo4j, schema migrations, named Cypher queries, GraphQL
 * connections and errors, start-up diagnostics. Nothing here knows about clusters or regions.
 */
package eu.clustergraph.system;
