package eu.clustergraph.system.graphql.cost;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RequestClientTests {

	private final WebGraphQlRequest request = mock(WebGraphQlRequest.class);

	@AfterEach
	void clearTheCaller() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aRequestWithAValidKeyIsChargedToTheKeyWhereverItComesFrom() {
		when(this.request.getRemoteAddress()).thenReturn(new InetSocketAddress("10.0.0.7", 41000));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alice", null,
					AuthorityUtils.createAuthorityList("ROLE_CURATOR")));

		assertThat(RequestClient.clientOf(this.request)).isEqualTo("key:alice");
	}

	@Test
	void aRequestWithoutAKeyIsChargedToTheAddressItCameFrom() {
		when(this.request.getRemoteAddress()).thenReturn(new InetSocketAddress("10.0.0.7", 41000));
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					List.copyOf(AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))));

		assertThat(RequestClient.clientOf(this.request)).isEqualTo("address:10.0.0.7");
	}

}
