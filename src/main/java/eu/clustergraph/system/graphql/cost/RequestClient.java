package eu.clustergraph.system.graphql.cost;

import java.net.InetSocketAddress;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who a request's cost is charged to, put into its {@code GraphQLContext} under {@link #KEY}: the API key's name when
 * the request carries a valid key, else the address it came from. Forwarded-for headers are not trusted: anyone can
 * write them.
 */
@Component
class RequestClient implements WebGraphQlInterceptor, Ordered {

	static final String KEY = RequestClient.class.getName();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String client = clientOf(request);
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(KEY, client);
			return input;
		});
		return chain.next(request);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	static String clientOf(WebGraphQlRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "key:" + authentication.getName();
		}
		InetSocketAddress address = request.getRemoteAddress();
		return "address:" + ((address == null) ? "unknown" : address.getAddress().getHostAddress());
	}

}
