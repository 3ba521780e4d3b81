package eu.clustergraph.ecosystem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;

import org.springframework.stereotype.Component;

/** The ecosystem feature's named queries ({@code cypher/queries/ecosystem}). */
@Component
class EcosystemQueries {

	private final CypherRunner cypher;

	private final NamedQuery byId;

	private final NamedQuery activities;

	private final NamedQuery ofActivities;

	EcosystemQueries(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.byId = queries.get("ecosystem/by-id");
		this.activities = queries.get("ecosystem/activities");
		this.ofActivities = queries.get("ecosystem/of-activities");
	}

	Optional<Ecosystem> byId(String id) {
		return this.cypher.readOptional(this.byId, Map.of("id", id), record -> Ecosystem.from(record.get("e")));
	}

	Map<String, List<EcosystemActivity>> activities(List<String> ecosystemIds) {
		return this.cypher.readByIds(this.activities, ecosystemIds, EcosystemActivity::from);
	}

	Map<String, List<EcosystemActivity>> ofActivities(List<String> activityCodes) {
		return this.cypher.readGrouped(this.ofActivities, Map.of("codes", activityCodes),
				record -> record.get("key").asString(), EcosystemActivity::from);
	}

}
