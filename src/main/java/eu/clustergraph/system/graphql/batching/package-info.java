/** Hands the rows of one batched child statement back to the parents of a response level. */
package eu.clustergraph.system.graphql.batching;
