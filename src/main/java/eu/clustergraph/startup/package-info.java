/** Start-up as one explicit sequence: migrate, load the reference data, bootstrap the dataset, derive the ties. */
package eu.clustergraph.startup;
