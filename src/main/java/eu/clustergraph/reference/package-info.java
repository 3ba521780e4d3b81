/**
 * The real reference data: NUTS 2021 and 2024 regions, NACE Rev. 2 with its notes, the 14 industrial ecosystems and
 * the working ecosystem-NACE map, the strategic value chains with their stages, the partnership programmes. Loaded
 * from the CSV files in {@code classpath:reference/} on first start and whenever those files change.
 */
package eu.clustergraph.reference;
