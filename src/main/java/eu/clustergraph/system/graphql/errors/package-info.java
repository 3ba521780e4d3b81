/** Exceptions a caller can act on, mapped to GraphQL errors with an {@code extensions.code}; never a stack trace. */
package eu.clustergraph.system.graphql.errors;
