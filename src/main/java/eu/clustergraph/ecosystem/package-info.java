/**
 * The 14 industrial ecosystems and the working ecosystem-NACE map (always shown with its basis: it is an
 * approximation, not the official annex table).
 */
package eu.clustergraph.ecosystem;
