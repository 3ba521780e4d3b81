package eu.clustergraph.cluster;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import eu.clustergraph.ecosystem.Ecosystem;
import eu.clustergraph.region.Region;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.valuechain.Stage;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** The cluster feature's named queries ({@code cypher/queries/cluster}). */
@Component
class ClusterQueries {

	private final CypherRunner cypher;

	private final CypherQueries queries;

	ClusterQueries(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	Map<String, List<Region>> regions(List<String> ids) {
		return grouped("regions", ids, record -> Region.from(record.get("r")));
	}

	Map<String, List<ClusterEcosystem>> ecosystems(List<String> ids) {
		return grouped("ecosystems", ids,
				record -> new ClusterEcosystem(Ecosystem.from(record.get("e")), record.get("primary").asBoolean()));
	}

	Map<String, List<Stage>> stages(List<String> ids) {
		return grouped("stages", ids, Stage::from);
	}

	/** Member companies of each cluster counted by size class, country or NACE section ({@code by}). */
	Map<String, List<GroupCount>> membersBy(String by, List<String> ids) {
		return grouped("members-by-" + by, ids,
				record -> new GroupCount(record.get("group").asString(), record.get("count").asInt()));
	}

	Map<String, List<Agreement>> agreements(List<String> ids) {
		return grouped("agreements", ids, record -> new Agreement(Cluster.from(record.get("other")),
				record.get("kind").asString(null), record.get("since").computeOrDefault(Value::asInt, null),
				record.get("synthetic").asBoolean(false)));
	}

	Map<String, List<Cluster>> ofCompanies(List<String> companyIds) {
		return grouped("of-companies", companyIds, record -> Cluster.from(record.get("c")));
	}

	Map<String, List<Cluster>> ofOrganisations(List<String> organisationIds) {
		return grouped("of-organisations", organisationIds, record -> Cluster.from(record.get("c")));
	}

	private <V> Map<String, List<V>> grouped(String name, List<String> ids, Function<Record, V> mapper) {
		return this.cypher.readByIds(query(name), ids, mapper);
	}

	NamedQuery query(String name) {
		return this.queries.get("cluster/" + name);
	}

	/** The {@code Agreement} type. */
	record Agreement(Cluster cluster, String kind, Integer since, boolean synthetic) {
	}

	/** The {@code GroupCount} type. */
	record GroupCount(String group, int count) {
	}

	/** The {@code ClusterEcosystem} type. */
	record ClusterEcosystem(Ecosystem ecosystem, boolean primary) {
	}

}
