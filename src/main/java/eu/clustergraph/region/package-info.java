/**
 * NUTS regions: lookups, pages by level and country, and the {@code PART_OF} hierarchy, for both NUTS versions.
 */
package eu.clustergraph.region;
