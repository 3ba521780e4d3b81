/**
 * The CSV dataset format shared by the generator (which writes it) and the importer (which validates and loads it):
 * one file per node and relationship kind, each with a header. Documented in {@code docs/dataset-format.md}.
 */
package eu.clustergraph.dataset;
