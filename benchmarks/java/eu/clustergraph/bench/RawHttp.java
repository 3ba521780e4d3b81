package eu.clustergraph.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client for the benchmarks: POSTs GraphQL requests over one kept-alive socket, as a load generator
 * such as wrk sends them, so the measured time is the service's and not a client's thread hand-offs. Reconnects when
 * the server closes the connection (Tomcat does every 100 requests).
 */
final class RawHttp {

	/** One mapper for all requests: a new one per request would measure Jackson's start-up, not the service. */
	private static final tools.jackson.databind.json.JsonMapper JSON = new tools.jackson.databind.json.JsonMapper();

	private Socket socket;

	private OutputStream out;

	private DataInputStream in;

	private final int port;

	RawHttp(int port) throws IOException {
		this.port = port;
		connect();
	}

	private void connect() throws IOException {
		this.socket = new Socket("127.0.0.1", this.port);
		this.socket.setTcpNoDelay(true);
		this.out = new BufferedOutputStream(this.socket.getOutputStream());
		this.in = new DataInputStream(new BufferedInputStream(this.socket.getInputStream()));
	}

	/** The JSON body of a GraphQL request. */
	static String body(String document, Map<String, Object> variables) {
		return JSON.writeValueAsString(Map.of("query", document, "variables", variables));
	}

	String post(String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String status;
		try {
			send(bytes);
			status = line();
		}
		catch (EOFException | SocketException closed) {
			// Tomcat closes a kept-alive connection idle for longer than its keep-alive timeout (20 s), as between
			// two scenarios; the request never reached the service, so send it again on a new connection
			this.socket.close();
			connect();
			send(bytes);
			status = line();
		}
		return response(status);
	}

	private void send(byte[] bytes) throws IOException {
		this.out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
				+ "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		this.out.write(bytes);
		this.out.flush();
	}

	private String response(String status) throws IOException {
		int length = -1;
		boolean chunked = false;
		boolean close = false;
		for (String header = line(); !header.isEmpty(); header = line()) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Integer.parseInt(header.substring(15).strip());
			}
			if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
			if (lower.startsWith("connection:") && lower.contains("close")) {
				close = true;
			}
		}
		ByteArrayOutputStream response = new ByteArrayOutputStream();
		if (chunked) {
			for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
				byte[] chunk = new byte[size];
				this.in.readFully(chunk);
				response.write(chunk);
				line();
			}
			line();
		}
		else {
			byte[] all = new byte[length];
			this.in.readFully(all);
			response.write(all);
		}
		if (close) {
			// Tomcat ends a keep-alive connection after 100 requests
			this.socket.close();
			connect();
		}
		String text = response.toString(StandardCharsets.UTF_8);
		if (!status.contains(" 200 ") || text.contains("\"errors\"")) {
			throw new IllegalStateException("Request failed: " + status + " " + text);
		}
		return text;
	}

	private String line() throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
			if (b < 0) {
				throw new EOFException();
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

}
