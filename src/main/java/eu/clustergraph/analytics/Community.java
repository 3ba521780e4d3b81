package eu.clustergraph.analytics;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** One network community; see {@code graphql/analytics.graphqls} for the fields' meaning. */
public record Community(long id, int size, List<Group> dominantEcosystems, List<Group> dominantCountries,
		int internalTies, Double crossBorderShare, double modularity) {

	/** A group within a community (an ecosystem or a country), with how many of its clusters and what share. */
	public record Group(String id, String name, int clusters, double share) {
	}

	static Community from(Record row) {
		int size = row.get("size").asInt();
		int ties = row.get("ties").asInt();
		return new Community(row.get("community").asLong(), size, groups(row.get("ecosystems"), size),
				groups(row.get("countries"), size), ties,
				(ties == 0) ? null : row.get("crossBorder").asDouble() / ties, row.get("modularity").asDouble());
	}

	private static List<Group> groups(Value groups, int size) {
		return groups.asList(group -> new Group(group.get("id").asString(), group.get("name").asString(null),
				group.get("clusters").asInt(), group.get("clusters").asDouble() / size));
	}

}
