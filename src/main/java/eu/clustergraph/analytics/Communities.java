package eu.clustergraph.analytics;

import java.util.List;
import java.util.Map;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.Arguments;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

/** The Louvain communities the analytics step wrote onto the clusters, summarised in one statement. */
@Component
public class Communities {

	static final int MAX_FIRST = 1_000;

	private final CypherRunner cypher;

	private final NamedQuery communities;

	Communities(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.communities = queries.get("analytics/communities");
	}

	/**
	 * The modularity is summed over every community, so the statement reads them all (one row each, a few hundred at
	 * full scale) and the largest {@code first} are kept here.
	 */
	public CommunityReport report(Integer first) {
		int limit = Arguments.bounded(first, 20, 0, MAX_FIRST, "first");
		List<Record> rows = this.cypher.read(this.communities, Map.of(), record -> record);
		if (rows.isEmpty()) {
			return CommunityReport.NONE;
		}
		double modularity = rows.stream().mapToDouble(row -> row.get("modularity").asDouble()).sum();
		Record any = rows.get(0);
		return new CommunityReport(modularity, rows.size(), any.get("minStrength").asDouble(),
				any.get("computedAt").asZonedDateTime().toOffsetDateTime().toString(),
				rows.stream().limit(limit).map(Community::from).toList());
	}

}
