/**
 * The bulkhead for heavy work (gaps, paths, reach, coverage, subgraphs, exports): at most a few run at once, the
 * rest wait briefly and are then told the service is busy, so the request threads and cores left serve the light
 * lookups, which never wait here.
 */
package eu.clustergraph.system.bulkhead;
