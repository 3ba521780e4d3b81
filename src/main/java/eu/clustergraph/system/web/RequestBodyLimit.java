package eu.clustergraph.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code clustergraph.http.max-body-size} (256 KB) with HTTP 413, before anything reads
 * them: the largest GraphQL document a client needs is a few kilobytes, and a megabyte string literal is one token
 * to the parser, so no document limit would catch it. A body without a length (chunked) is counted as it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestBodyLimit(@Value("${clustergraph.http.max-body-size:256KB}") DataSize maxBodySize) {
		this.maxBytes = maxBodySize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			refuse(response);
			return;
		}
		try {
			chain.doFilter(new Counted(request, this.maxBytes), response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			// whoever read the body may have wrapped the stream's failure in one of its own
			if (!causedByTheLimit(failure) || response.isCommitted()) {
				throw failure;
			}
			response.reset();
			refuse(response);
		}
	}

	private static boolean causedByTheLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLarge) {
				return true;
			}
		}
		return false;
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"The request body is larger than the " + this.maxBytes
					+ " bytes allowed (clustergraph.http.max-body-size); send a smaller document and pass large values "
					+ "as variables of reasonable size\",\"extensions\":{\"code\":\"REQUEST_TOO_LARGE\"}}]}");
	}

	/** Thrown by the counting stream once the body passes the limit. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge() {
			super("request body over the limit");
		}

	}

	/** The request with a body stream that fails once more than the limit has been read. */
	private static final class Counted extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream counted;

		Counted(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.counted == null) {
				ServletInputStream in = super.getInputStream();
				this.counted = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws BodyTooLarge {
						this.read += n;
						if (this.read > Counted.this.maxBytes) {
							throw new BodyTooLarge();
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return this.counted;
		}

	}

}
