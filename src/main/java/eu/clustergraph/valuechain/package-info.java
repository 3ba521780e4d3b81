/**
 * Strategic value chains and their stages: the order of the stages, which stage feeds which, and the ecosystems and
 * NACE activities behind them.
 */
package eu.clustergraph.valuechain;
