/**
 * Network analytics of the cluster tie network (issue 16): metrics computed with GDS and written onto the clusters.
 */
package eu.clustergraph.analytics;
