/**
 * The first-start bootstrap: on a graph without any dataset, generates the default synthetic dataset (full scale,
 * fixed seed) and imports it, so the README's one start command gives the real-scale graph.
 */
package eu.clustergraph.bootstrap;
