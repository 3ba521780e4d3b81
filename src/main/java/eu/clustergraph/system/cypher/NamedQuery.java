package eu.clustergraph.system.cypher;

/**
 * One Cypher statement from {@code cypher/queries/<feature>/<name>.cypher}.
 *
 * @param name the path below {@code cypher/queries} without the extension, e.g. {@code region/by-code}
 * @param cypher the statement, comments kept, {@code :param} lines removed
 * @param exampleParameters the Cypher map literal of the file's {@code :param} line, or {@code null}
 */
public record NamedQuery(String name, String cypher, String exampleParameters) {

	@Override
	public String toString() {
		return this.name;
	}

}
