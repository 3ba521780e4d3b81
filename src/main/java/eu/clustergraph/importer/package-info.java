/**
 * The importer ({@code import DIR}): validates a dataset in the CSV format of {@code dataset} completely before it
 * writes anything, then loads it in batches of {@code UNWIND ... MERGE} on constraint-backed keys, so a repeated or
 * interrupted import ends in the same graph.
 */
package eu.clustergraph.importer;
