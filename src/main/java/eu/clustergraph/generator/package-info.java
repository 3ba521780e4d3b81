/**
 * The deterministic synthetic dataset generator ({@code generate}): the real scale of the European cluster network
 * (about 1,200 cluster organisations, 170,000 member companies) on top of the real reference data, following
 * GENERATOR.md. Same seed and parameters give byte-identical files on any machine and thread count.
 */
package eu.clustergraph.generator;
