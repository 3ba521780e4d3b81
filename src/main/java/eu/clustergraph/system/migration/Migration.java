package eu.clustergraph.system.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.clustergraph.system.Sha256;

/**
 * One migration file.
 *
 * @param version the number after {@code V}
 * @param description the words after {@code __}, underscores as spaces
 * @param fileName the file's name, for messages
 * @param checksum SHA-256 of the file with line endings normalised, so a checkout on Windows matches
 * @param statements the statements in file order
 */
record Migration(int version, String description, String fileName, String checksum, List<String> statements)
		implements Comparable<Migration> {

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	static Migration parse(String fileName, String text) {
		Matcher name = FILE_NAME.matcher(fileName);
		if (!name.matches()) {
			throw new IllegalStateException(
					"Migration file '" + fileName + "' must be named V<number>__<Description>.cypher");
		}
		String normalised = text.replace("\r\n", "\n");
		List<String> statements = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		for (String line : normalised.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			statement.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				statements.add(statement.toString().strip().replaceAll(";$", ""));
				statement.setLength(0);
			}
		}
		if (!statement.toString().isBlank()) {
			statements.add(statement.toString().strip());
		}
		return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), fileName,
				Sha256.of(normalised), List.copyOf(statements));
	}

	@Override
	public int compareTo(Migration other) {
		return Integer.compare(this.version, other.version);
	}

}
