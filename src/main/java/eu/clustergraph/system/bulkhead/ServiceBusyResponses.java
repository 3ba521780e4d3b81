package eu.clustergraph.system.bulkhead;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Heavy HTTP work (the exports) turned away: 429 with {@code Retry-After}, as HTTP clients and tools expect. */
@RestControllerAdvice
class ServiceBusyResponses {

	@ExceptionHandler(ServiceBusyException.class)
	ResponseEntity<Map<String, String>> busy(ServiceBusyException busy) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", busy.getMessage(), "code", "SERVICE_BUSY"));
	}

}
