package eu.clustergraph.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.cluster.ClusterFilter;
import eu.clustergraph.cluster.ClusterMatches;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code statistics}: one statement per request whatever the grouping, and one before it for a filter's clusters. */
@Controller
class StatisticsController {

	private final CypherRunner cypher;

	private final NamedQuery statistics;

	private final ClusterMatches clusters;

	private final int nutsVersion;

	StatisticsController(CypherRunner cypher, CypherQueries queries, ClusterMatches clusters,
			ClusterGraphProperties properties) {
		this.cypher = cypher;
		this.statistics = queries.get("statistics/statistics");
		this.clusters = clusters;
		this.nutsVersion = properties.nutsVersion();
	}

	@QueryMapping
	List<StatisticsRow> statistics(@Argument String groupBy, @Argument ClusterFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("version", this.nutsVersion);
		parameters.put("groupBy", groupBy);
		parameters.put("clusters", (filter == null) ? null : this.clusters.ids(filter, "filter"));
		return this.cypher.read(this.statistics, parameters,
				record -> new StatisticsRow(record.get("key").asString(), record.get("name").asString(),
						record.get("clusters").asInt(), record.get("companies").asInt(), record.get("memberships").asInt(),
						record.get("employees").asDouble(), record.get("smeShare").computeOrDefault(Value::asDouble, null)));
	}

	/** The {@code StatisticsRow} type. */
	record StatisticsRow(String group, String name, int clusters, int companies, int memberships, double employees,
			Double smeShare) {
	}

}
