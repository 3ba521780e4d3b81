/**
 * The engine's overrides, in one place: on-demand data loaders, the parsed-document cache, document and time limits,
 * observations without data-loader instrumentation, and the custom scalars. Everything here is package-private and
 * wired by Spring; why each override exists, with its measurements, is in {@code docs/decisions/}.
 */
package eu.clustergraph.system.graphql.engine;
