/** HTTP-level guards in front of every endpoint: the size of a request body. */
package eu.clustergraph.system.web;
