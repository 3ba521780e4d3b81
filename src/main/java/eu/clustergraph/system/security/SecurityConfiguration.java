package eu.clustergraph.system.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * The one filter chain: stateless, no sessions, cookies or login forms (so no CSRF to guard against), an API key
 * read from {@code X-API-Key} or {@code Authorization: Bearer} when one is sent, and a JSON error with code
 * {@code UNAUTHENTICATED} for a key that is not valid. Reads are open unless
 * {@code clustergraph.security.require-key-for-reads}; what needs a role says so where it is
 * ({@code @PreAuthorize} on the curation mutations, the health endpoint's {@code roles}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String KEY_HEADER = "X-API-Key";

	private static final String BEARER = "Bearer ";

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.CURATOR.name())
			.role(Role.CURATOR.name())
			.implies(Role.READER.name())
			.build();
	}

	@Bean
	ApiKeys apiKeys(SecurityProperties properties, RoleHierarchy roles) {
		return new ApiKeys(properties.keys(), roles);
	}

	/** Only where there is a web server: the command-line jobs run the same configuration without one. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain filterChain(HttpSecurity http, SecurityProperties properties, ApiKeys keys) throws Exception {
		AuthenticationFilter apiKey = new AuthenticationFilter(new ProviderManager(keys),
				SecurityConfiguration::presentedKey);
		apiKey.setSuccessHandler((request, response, authentication) -> {
		});
		apiKey.setFailureHandler((request, response, failure) -> unauthenticated(response, failure.getMessage()));
		http.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(apiKey, AnonymousAuthenticationFilter.class)
			.exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, failure) -> unauthenticated(
					response, "This service needs an API key for reads (clustergraph.security.require-key-for-reads): "
							+ "send it in the " + KEY_HEADER + " header")))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health/**", "/actuator/health").permitAll();
				// the explorer's page, scripts and map layers hold no data: what it shows comes from the API
				requests
					.requestMatchers("/", "/index.html", "/favicon.ico", "/explorer/**", "/webjars/**", "/graphiql",
							"/graphiql.html")
					.permitAll();
				if (properties.requireKeyForReads()) {
					requests.anyRequest().authenticated();
				}
				else {
					requests.anyRequest().permitAll();
				}
			});
		return http.build();
	}

	/** The key a request presents, or null: a request without one goes on as anonymous. */
	private static ApiKeys.PresentedKey presentedKey(HttpServletRequest request) {
		String key = request.getHeader(KEY_HEADER);
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (key == null && authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			key = authorization.substring(BEARER.length()).strip();
		}
		return (key == null || key.isBlank()) ? null : new ApiKeys.PresentedKey(key.strip());
	}

	private static void unauthenticated(HttpServletResponse response, String message) throws java.io.IOException {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("code", "UNAUTHENTICATED"));
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write(JsonMapper.shared().writeValueAsString(Map.of("errors", List.of(error))));
	}

}
