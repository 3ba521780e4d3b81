/**
 * The network report: the calibration statistics of the graph's clusters, memberships and cooperation tie network
 * (degrees, clustering, components, distances, cross-border share), next to the targets GENERATOR.md sets.
 */
package eu.clustergraph.network;
