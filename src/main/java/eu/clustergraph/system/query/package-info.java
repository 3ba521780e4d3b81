/**
 * The query layer: one place that turns a GraphQL list or lookup into one Cypher statement, built with Cypher-DSL.
 * A feature declares how its type reads from the graph once (a {@link eu.clustergraph.system.query.Shape}: label,
 * key, properties, the children that can be read in the parent's statement) and its lists once (a
 * {@link eu.clustergraph.system.query.NodeList}: shape, sort keys); filters are Cypher-DSL conditions over the row
 * node. {@link eu.clustergraph.system.query.Lists} builds and runs the statement: the selected properties as a map
 * projection, the selected children as pattern comprehensions and {@code COLLECT} subqueries, {@code totalCount} in
 * the same statement when it is selected. Children the layer does not know stay batched per response level.
 */
package eu.clustergraph.system.query;
