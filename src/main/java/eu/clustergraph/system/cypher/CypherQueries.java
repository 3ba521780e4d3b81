package eu.clustergraph.system.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The named queries, read once from {@code cypher/queries} on the classpath. Each file holds one statement, a header
 * comment saying what it answers and a {@code :param {...}} line, so the same file runs unchanged in Neo4j Browser or
 * cypher-shell and from Java.
 */
@Component
public class CypherQueries {

	static final String LOCATION = "cypher/queries/";

	private final Map<String, NamedQuery> queries;

	public CypherQueries() {
		this.queries = Collections.unmodifiableMap(load());
	}

	/** The query of that name; a missing file is a programming error found at start-up by the feature's bean. */
	public NamedQuery get(String name) {
		NamedQuery query = this.queries.get(name);
		if (query == null) {
			throw new IllegalArgumentException("No named query '" + name + "' in classpath:" + LOCATION);
		}
		return query;
	}

	public Collection<NamedQuery> all() {
		return this.queries.values();
	}

	private static Map<String, NamedQuery> load() {
		Map<String, NamedQuery> loaded = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + LOCATION + "**/*.cypher")) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(LOCATION) + LOCATION.length(), url.length() - ".cypher".length());
				loaded.put(name, parse(name, resource.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException("Cannot read the named queries in classpath:" + LOCATION, failure);
		}
		return loaded;
	}

	static NamedQuery parse(String name, String text) {
		StringBuilder cypher = new StringBuilder();
		String parameters = null;
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith(":param")) {
				parameters = trimmed.substring(":param".length()).strip();
				if (parameters.endsWith(";")) {
					parameters = parameters.substring(0, parameters.length() - 1).strip();
				}
			}
			else {
				cypher.append(line).append('\n');
			}
		}
		String statement = cypher.toString().strip();
		if (statement.endsWith(";")) {
			statement = statement.substring(0, statement.length() - 1).strip();
		}
		return new NamedQuery(name, statement, parameters);
	}

}
