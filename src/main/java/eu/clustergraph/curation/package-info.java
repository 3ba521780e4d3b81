/**
 * Curation: mutations that create, update and delete clusters, memberships, agreements and partnerships, each in
 * one transaction with its audit record, checked like the importer's rows, with optimistic locking on versions and
 * dry-run previews of deletes; the cooperation ties (and through them the analytics) follow each change.
 */
package eu.clustergraph.curation;
