package eu.clustergraph.system.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API keys and whether reads need one ({@code clustergraph.security}).
 *
 * @param requireKeyForReads whether every request but the health probes needs a valid key
 * @param keys the keys the service accepts
 */
@ConfigurationProperties("clustergraph.security")
public record SecurityProperties(@DefaultValue("false") boolean requireKeyForReads, @DefaultValue List<Key> keys) {

	public SecurityProperties {
		keys = List.copyOf(keys);
		long names = keys.stream().map(Key::name).distinct().count();
		if (names != keys.size()) {
			throw new IllegalArgumentException("clustergraph.security.keys: two keys have the same name; each name "
					+ "must be unique, it is what the audit of changes records");
		}
	}

	/**
	 * One API key. A client presents {@code name.secret}; only a hash of the secret is configured, in Spring
	 * Security's {@code {id}hash} form ({@code {bcrypt}$2a$10$...}, {@code {pbkdf2}...}), which
	 * {@code java -jar cluster-graph.jar hash-key} prints.
	 *
	 * @param name the key's name, recorded with every change made with it; letters, digits, {@code -} and
	 * {@code _}
	 * @param hash the hash of the secret
	 * @param roles what the key may do
	 */
	public record Key(String name, String hash, @DefaultValue("READER") Set<Role> roles) {

		public Key {
			if (name == null || !name.matches("[A-Za-z0-9_-]{1,64}")) {
				throw new IllegalArgumentException("clustergraph.security.keys[].name must be 1 to 64 letters, digits, "
						+ "'-' or '_' (was " + name + ")");
			}
			if (hash == null || !hash.startsWith("{")) {
				throw new IllegalArgumentException("clustergraph.security.keys[" + name + "].hash must be a password "
						+ "hash such as {bcrypt}$2a$10$..., never the key itself; java -jar cluster-graph.jar hash-key "
						+ "prints one");
			}
			roles = Set.copyOf(roles);
		}

	}

}
