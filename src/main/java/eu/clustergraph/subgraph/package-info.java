/**
 * Subgraphs for visualisation tools: the nodes and relationships around seeds, over GraphQL and as Cytoscape.js JSON,
 * GraphML and GEXF files.
 */
package eu.clustergraph.subgraph;
