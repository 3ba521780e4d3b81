/** Full-text search across clusters, companies, organisations, regions, NACE activities, ecosystems and value chains. */
package eu.clustergraph.search;
