package eu.clustergraph.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.cluster.ClusterFilter;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.query.ConditionText;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code statistics}: one statement per request, whatever the grouping. */
@Controller
class StatisticsController {

	private static final String REGION_NAME = "COLLECT { MATCH (r:Region {code: key, version: $version}) RETURN r.name }[0]";

	/** The group keys of one cluster-membership row, per grouping: fixed fragments, never user input. */
	private static final Map<String, String> GROUP_KEYS = Map.of("COUNTRY", "[c.country]", "NUTS1",
			"[substring(c.region, 0, 3)]", "NUTS2", "[substring(c.region, 0, 4)]", "ECOSYSTEM",
			"[(c)-[:IN_ECOSYSTEM]->(e:Ecosystem) | e.id]", "SIZE_CLASS", "[m.sizeClass]", "LABEL",
			"[c.excellenceLabel]", "STAGE", "[(c)-[:CONTRIBUTES_TO]->(s:Stage) | s.id]", "VALUE_CHAIN",
			"apoc.coll.toSet([(c)-[:CONTRIBUTES_TO]->(:Stage)<-[:HAS_STAGE]-(v:ValueChain) | v.id])", "PROVENANCE",
			"[CASE WHEN coalesce(c.synthetic, false) THEN 'SYNTHETIC' ELSE 'REAL' END]");

	/** The display name of a group key, per grouping; size classes and labels are their own names. */
	private static final Map<String, String> GROUP_NAMES = Map.of("COUNTRY", REGION_NAME, "NUTS1", REGION_NAME,
			"NUTS2", REGION_NAME, "ECOSYSTEM", "COLLECT { MATCH (e:Ecosystem {id: key}) RETURN e.name }[0]", "STAGE",
			"COLLECT { MATCH (s:Stage {id: key}) RETURN s.name }[0]", "VALUE_CHAIN", "COLLECT { MATCH (v:ValueChain {id: key}) RETURN v.name }[0]");

	private final CypherRunner cypher;

	private final NamedQuery statistics;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	StatisticsController(CypherRunner cypher, CypherQueries queries, ReferenceCodes codes,
			ClusterGraphProperties properties) {
		this.cypher = cypher;
		this.statistics = queries.get("statistics/statistics");
		this.codes = codes;
		this.nutsVersion = properties.nutsVersion();
	}

	@QueryMapping
	List<StatisticsRow> statistics(@Argument String groupBy, @Argument ClusterFilter filter) {
		ConditionText where = (filter == null) ? new ConditionText("true", Map.of())
				: ConditionText.of("c", filter.on(Cypher.anyNode("c"), this.codes, this.nutsVersion, "filter"));
		NamedQuery query = this.statistics.fill(Map.of("filter", where.where(), "group", GROUP_KEYS.get(groupBy), "name",
				GROUP_NAMES.getOrDefault(groupBy, "key")));
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("version", this.nutsVersion);
		return this.cypher.read(query, parameters,
				record -> new StatisticsRow(record.get("key").asString(), record.get("name").asString(),
						record.get("clusters").asInt(), record.get("companies").asInt(), record.get("memberships").asInt(),
						record.get("employees").asDouble(), record.get("smeShare").computeOrDefault(Value::asDouble, null)));
	}

	/** The {@code StatisticsRow} type. */
	record StatisticsRow(String group, String name, int clusters, int companies, int memberships, double employees,
			Double smeShare) {
	}

}
