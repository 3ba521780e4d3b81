/** Relay connections with opaque keyset cursors, the validated {@code first}/{@code after} pair and child pages. */
package eu.clustergraph.system.graphql.paging;
