/** {@code about}: what this service is and which NUTS version it answers in by default. */
package eu.clustergraph.about;
