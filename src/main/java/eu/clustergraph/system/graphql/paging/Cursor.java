package eu.clustergraph.system.graphql.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

/**
 * Opaque cursors for keyset pagination: the sort key of an edge, base64url-encoded behind a version prefix. Clients
 * must not parse them; the prefix lets a later key format reject old cursors cleanly.
 */
public final class Cursor {

	private static final String PREFIX = "k1:";

	private Cursor() {
	}

	public static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The key inside a cursor, or an error naming the argument when the text is not a cursor this API issued. */
	public static String decode(String cursor, String argument) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notBase64) {
			text = "";
		}
		if (!text.startsWith(PREFIX)) {
			throw new InvalidArgumentException(argument,
					"is not a cursor issued by this API: pass the endCursor of the previous page");
		}
		return text.substring(PREFIX.length());
	}

}
