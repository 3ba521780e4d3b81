package eu.clustergraph.support;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The API keys of the end-to-end tests, one per role, configured as the service expects them: by name with the
 * hash of the secret, hashed here when the context starts so no hash is written into the tests.
 */
public final class TestKeys {

	public static final String READER = "test-reader.reader-secret";

	public static final String CURATOR = "test-curator.curator-secret";

	public static final String ADMIN = "test-admin.admin-secret";

	private TestKeys() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		PasswordEncoder hashes = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String[][] keys = { { READER, "READER" }, { CURATOR, "CURATOR" }, { ADMIN, "ADMIN" } };
		for (int i = 0; i < keys.length; i++) {
			String key = keys[i][0];
			String role = keys[i][1];
			int dot = key.indexOf('.');
			String hash = hashes.encode(key.substring(dot + 1));
			registry.add("clustergraph.security.keys[" + i + "].name", () -> key.substring(0, dot));
			registry.add("clustergraph.security.keys[" + i + "].hash", () -> hash);
			registry.add("clustergraph.security.keys[" + i + "].roles", () -> role);
		}
	}

}
