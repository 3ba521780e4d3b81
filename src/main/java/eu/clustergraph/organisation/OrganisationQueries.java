package eu.clustergraph.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.region.Region;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;

import org.springframework.stereotype.Component;

/** The organisation feature's named queries ({@code cypher/queries/organisation}). */
@Component
class OrganisationQueries {

	private final CypherRunner cypher;

	private final CypherQueries queries;

	OrganisationQueries(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	Optional<Organisation> byId(String id) {
		return this.cypher.readOptional(query("by-id"), Map.of("id", id), record -> Organisation.from(record.get("o")));
	}

	Map<String, List<Region>> regions(List<String> ids) {
		return this.cypher.readByIds(query("regions"), ids, record -> Region.from(record.get("r")));
	}

	NamedQuery query(String name) {
		return this.queries.get("organisation/" + name);
	}

}
