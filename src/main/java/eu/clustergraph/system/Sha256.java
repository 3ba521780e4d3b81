package eu.clustergraph.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as lower-case hex: the one checksum of the project (migration files, reference files, dataset manifests
 * and files).
 */
public final class Sha256 {

	private Sha256() {
	}

	/** A fresh digest; SHA-256 is present on every JVM. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	public static String of(String text) {
		MessageDigest digest = digest();
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		return hex(digest);
	}

	/** Reads the stream to its end and closes it. */
	public static String of(InputStream in) {
		MessageDigest digest = digest();
		try (in; OutputStream sink = new java.security.DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
			in.transferTo(sink);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return hex(digest);
	}

	public static String of(Path file) throws IOException {
		return of(Files.newInputStream(file));
	}

}
