package eu.clustergraph.system.security;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.clustergraph.system.Sha256;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a presented {@code name.secret} against the configured hash of the key with that name. A password hash is
 * slow on purpose (bcrypt: tens of milliseconds), so a key once verified is remembered by the SHA-256 of what was
 * presented for ten minutes, and a name nobody configured is refused without hashing anything.
 */
final class ApiKeys implements AuthenticationProvider {

	private final Map<String, SecurityProperties.Key> keys;

	private final PasswordEncoder hashes = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final RoleHierarchy roles;

	private final Cache<String, Authentication> verified = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(10))
		.maximumSize(1_000)
		.build();

	ApiKeys(List<SecurityProperties.Key> keys, RoleHierarchy roles) {
		this.keys = keys.stream().collect(Collectors.toMap(SecurityProperties.Key::name, Function.identity()));
		this.roles = roles;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String presented = (String) authentication.getCredentials();
		String fingerprint = Sha256.of(presented);
		Authentication known = this.verified.getIfPresent(fingerprint);
		if (known != null) {
			return known;
		}
		int dot = presented.indexOf('.');
		SecurityProperties.Key key = (dot < 1) ? null : this.keys.get(presented.substring(0, dot));
		if (key == null || !this.hashes.matches(presented.substring(dot + 1), key.hash())) {
			throw new BadCredentialsException("The API key is not valid: send the whole key, name.secret, as "
					+ "configured in clustergraph.security.keys");
		}
		Authentication accepted = UsernamePasswordAuthenticationToken.authenticated(key.name(), null,
				authorities(key));
		this.verified.put(fingerprint, accepted);
		return accepted;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return PresentedKey.class.isAssignableFrom(authentication);
	}

	/** The key's roles with every role they include, so that any check of a role sees the same set. */
	private Collection<? extends GrantedAuthority> authorities(SecurityProperties.Key key) {
		List<GrantedAuthority> granted = key.roles()
			.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return this.roles.getReachableGrantedAuthorities(granted);
	}

	/** A key as presented, not yet checked. */
	static final class PresentedKey extends UsernamePasswordAuthenticationToken {

		PresentedKey(String key) {
			super(null, key);
		}

	}

}
