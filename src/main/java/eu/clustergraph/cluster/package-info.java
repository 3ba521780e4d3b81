/**
 * Cluster organisations: lookups, filtered and sorted pages, and their ties (region, ecosystems, stages, members),
 * plus a company's clusters. Every tie is one statement per response level.
 */
package eu.clustergraph.cluster;
