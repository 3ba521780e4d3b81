package eu.clustergraph.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;

import org.springframework.stereotype.Component;

/** The activity feature's named queries ({@code cypher/queries/activity}). */
@Component
class ActivityQueries {

	private final CypherRunner cypher;

	private final NamedQuery byCode;

	private final NamedQuery parents;

	private final NamedQuery children;

	ActivityQueries(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.byCode = queries.get("activity/by-code");
		this.parents = queries.get("activity/parents");
		this.children = queries.get("activity/children");
	}

	Optional<Activity> byCode(String code) {
		return this.cypher.readOptional(this.byCode, Map.of("code", code), record -> Activity.from(record.get("a")));
	}

	Map<String, List<Activity>> parents(List<String> codes) {
		return this.cypher.readGrouped(this.parents, Map.of("codes", codes), record -> record.get("code").asString(),
				record -> Activity.from(record.get("parent")));
	}

	Map<String, List<Activity>> children(List<String> codes) {
		return this.cypher.readGrouped(this.children, Map.of("codes", codes), record -> record.get("code").asString(),
				record -> Activity.from(record.get("child")));
	}

}
