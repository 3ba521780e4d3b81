/** Aggregates for policy dashboards: clusters and their member companies grouped by place, ecosystem, stage and more. */
package eu.clustergraph.statistics;
