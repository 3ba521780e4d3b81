/** Cluster partnerships (Euroclusters, ESCPs): lookups, filtered pages, their clusters, targets and programme. */
package eu.clustergraph.partnership;
