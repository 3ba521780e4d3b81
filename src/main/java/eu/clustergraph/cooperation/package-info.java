/**
 * Cooperation between clusters: the derived ties (one per cooperating pair, see
 * {@code cypher/queries/cooperation/derive-ties.cypher}), cooperation paths and reach, and cooperation gaps.
 */
package eu.clustergraph.cooperation;
