/**
 * Who may do what: API keys configured as password hashes, with roles ({@code READER}, {@code CURATOR},
 * {@code ADMIN}, each including the ones before it), presented in an {@code X-API-Key} or
 * {@code Authorization: Bearer} header. Reads are open unless {@code clustergraph.security.require-key-for-reads} is
 * set; mutations need a curator; health details need an admin.
 */
package eu.clustergraph.system.security;
