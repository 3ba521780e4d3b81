package eu.clustergraph.system.neo4j;

import java.util.Map;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.FeatureUnavailableException;

import org.springframework.stereotype.Component;

/**
 * Whether the database the service talks to has the Graph Data Science library. The embedded database registers it;
 * an external Neo4j may not, and then the service starts anyway and each analytics field answers with one error.
 */
@Component
public class GraphDataScience {

	private final CypherRunner cypher;

	private final NamedQuery installed;

	private volatile Boolean available;

	GraphDataScience(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.installed = queries.get("system/gds-installed");
	}

	/** Asked of the database once: procedures do not come and go while it runs. */
	public boolean available() {
		Boolean known = this.available;
		if (known == null) {
			known = this.cypher.read(this.installed, Map.of(), record -> record.get("installed").asBoolean())
				.stream()
				.findFirst()
				.orElse(false);
			this.available = known;
		}
		return known;
	}

	/** Throws the field's error when the library is missing. */
	public void require(String field) {
		if (!available()) {
			throw new FeatureUnavailableException(field + " needs the Neo4j Graph Data Science library, which the "
					+ "database this service uses does not have: install GDS 2.x on that Neo4j, or use the embedded "
					+ "database, which has it");
		}
	}

}
