package eu.clustergraph.search;

import java.util.Locale;

/** Turns user text into a Lucene query that matches the words literally: no query syntax survives. */
final class LuceneText {

	/** Lucene's classic query-parser syntax characters, plus the slash of regular expressions. */
	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private LuceneText() {
	}

	static String escape(String text) {
		// AND, OR and NOT are operators only in capitals; the index folds case anyway, so lower case loses nothing
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder escaped = new StringBuilder(lower.length() + 8);
		for (char c : lower.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
