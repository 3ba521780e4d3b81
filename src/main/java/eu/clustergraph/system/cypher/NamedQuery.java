package eu.clustergraph.system.cypher;

/**
 * One Cypher statement from {@code cypher/queries/<feature>/<name>.cypher}.
 *
 * @param name the path below {@code cypher/queries} without the extension, e.g. {@code region/by-code}
 * @param cypher the statement, comments kept, {@code :param} lines removed
 * @param exampleParameters the Cypher map literal of the file's {@code :param} line, or {@code null}
 */
public record NamedQuery(String name, String cypher, String exampleParameters) {

	/**
	 * A slot: a comment naming it, then the default it replaces (a dotted name, a [list] or a (parenthesised
	 * expression) without nested parentheses), e.g. {@code /*{filter}*}{@code /true}.
	 */
	private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern
		.compile("/\\*\\{(\\w+)}\\*/(\\[[^\\]]*]|\\([^()]*\\)|[\\w.]+)");

	/**
	 * The query with its slots filled: each {@code /*{name}*}{@code /default} is replaced by the text given for the
	 * name, or left at its default. The texts come from fixed fragments in the code (never from user input); as
	 * written in the file, the defaults make the query runnable as it stands.
	 */
	public NamedQuery fill(java.util.Map<String, String> slots) {
		java.util.regex.Matcher matcher = SLOT.matcher(this.cypher);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String replacement = slots.getOrDefault(matcher.group(1), matcher.group(2));
			matcher.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(filled);
		return new NamedQuery(this.name, filled.toString(), this.exampleParameters);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
