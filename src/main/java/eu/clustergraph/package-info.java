/**
 * ClusterGraph. Features live in their own packages ({@code region}, {@code activity}, {@code ecosystem},
 * {@code valuechain}, {@code reference}); shared infrastructure lives in {@code system}.
 */
package eu.clustergraph;
