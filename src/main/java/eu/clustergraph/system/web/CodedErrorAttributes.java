package eu.clustergraph.system.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that happen before GraphQL sees a request (a body that is not JSON, a batch of operations, an unknown
 * path) carry a {@code code} like every other error, and on {@code /graphql} also the GraphQL shape,
 * {@code errors[0].extensions.code}, so a client reads them the way it reads the others.
 */
@Component
class CodedErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object status = attributes.get("status");
		HttpStatus resolved = (status instanceof Integer code) ? HttpStatus.resolve(code) : null;
		String code = (resolved == null) ? "INTERNAL_ERROR" : resolved.name();
		attributes.put("code", code);
		Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
		if ("/graphql".equals(path) && resolved == HttpStatus.BAD_REQUEST) {
			attributes.put("errors", List.of(Map.of("message", "The request body is not a GraphQL request: send one "
					+ "JSON object with a 'query' string (and optionally 'variables' and 'operationName'); batches of "
					+ "operations are not accepted", "extensions", Map.of("code", "BAD_REQUEST"))));
		}
		return attributes;
	}

}
