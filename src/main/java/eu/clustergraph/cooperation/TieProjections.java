package eu.clustergraph.cooperation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.stereotype.Component;

/**
 * The weighted projections of the tie network in the GDS catalog that the path search runs on, one per tie network
 * version, channel choice and minimum strength. A projection is made the first time a search needs it and kept, so later searches only run the algorithm. Its name carries the tie network's version:
 * after ties are derived again, searches use a new one and the old ones are dropped with the least recently used
 * beyond {@link CooperationProperties#cachedProjections()}.
 */
@Component
class TieProjections {

	private static final String PREFIX = "cluster-ties-";

	private final CypherRunner cypher;

	private final NamedQuery project;

	private final NamedQuery drop;

	private final int capacity;

	private final NamedQuery clusterIds;

	/** The cluster numbering of the latest tie network seen, by its version and cluster count. */
	private volatile Numbering numbering = new Numbering("", List.of(), Map.of());

	/** The projection names in use here, least recently used first. */
	private final LinkedHashSet<String> recent = new LinkedHashSet<>();

	TieProjections(CypherRunner cypher, CypherQueries queries, CooperationProperties properties) {
		this.cypher = cypher;
		this.project = queries.get("cooperation/project-ties");
		this.drop = queries.get("cooperation/drop-projections");
		this.clusterIds = queries.get("cooperation/cluster-ids");
		this.capacity = Math.max(1, properties.cachedProjections());
	}

	/**
	 * The projection of one tie network version (and cluster count: clusters are numbered by their position in id
	 * order) over the chosen channels and minimum strength.
	 */
	static Projection of(long version, long clusters, List<String> channels, double minStrength) {
		int mask = 0;
		for (String channel : channels) {
			mask |= 1 << CooperationChannel.valueOf(channel).ordinal();
		}
		String network = version + "." + clusters;
		String name = PREFIX + network + "-" + mask + "-" + String.format(Locale.ROOT, "%.6f", minStrength);
		return new Projection(name, network, channels, minStrength);
	}

	/**
	 * How a projection numbers the clusters (their position in id order), read once per tie network version and
	 * cluster count rather than by every search: searches name clusters by their numbers and answer in them.
	 */
	Numbering numbering(Projection projection) {
		Numbering known = this.numbering;
		if (known.network().equals(projection.network())) {
			return known;
		}
		List<String> ids = this.cypher.read(this.clusterIds, Map.of(), record -> record.get("id").asString());
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			positions.put(ids.get(i), i);
		}
		Numbering read = new Numbering(projection.network(), List.copyOf(ids), Map.copyOf(positions));
		this.numbering = read;
		return read;
	}

	/**
	 * Runs a read on a projection ({@code $graph}), making the projection first when the catalog does not hold it
	 * (first use, another process dropped it, or a server that was restarted).
	 */
	<T> List<T> read(Projection projection, NamedQuery query, Map<String, Object> parameters, Function<Record, T> mapper) {
		Map<String, Object> withGraph = new HashMap<>(parameters);
		withGraph.put("graph", projection.name());
		try {
			List<T> rows = this.cypher.read(query, withGraph, mapper);
			touch(projection.name());
			return rows;
		}
		catch (ClientException failure) {
			if (!String.valueOf(failure.getMessage()).contains("does not exist")) {
				throw failure;
			}
		}
		make(projection);
		return this.cypher.read(query, withGraph, mapper);
	}

	/**
	 * Projects and then drops what is no longer kept, one projection at a time in this process: a drop computed by
	 * one request never removes the projection another has just made.
	 */
	private synchronized void make(Projection projection) {
		try {
			this.cypher.read(this.project, Map.of("graph", projection.name(), "strengthProperties",
					TieStrength.properties(projection.channels()), "minStrength", projection.minStrength()), r -> r);
		}
		catch (ClientException failure) {
			// another request made it in the meantime
			if (!String.valueOf(failure.getMessage()).contains("already exists")) {
				throw failure;
			}
		}
		List<String> keep = touch(projection.name());
		this.cypher.read(this.drop, Map.of("keep", keep), r -> r);
	}

	/** Marks a projection as just used and returns the names to keep: the most recent of the current version. */
	private synchronized List<String> touch(String name) {
		this.recent.remove(name);
		this.recent.add(name);
		String version = name.substring(0, name.indexOf('-', PREFIX.length()) + 1);
		this.recent.removeIf(other -> !other.startsWith(version));
		while (this.recent.size() > this.capacity) {
			this.recent.remove(this.recent.iterator().next());
		}
		return new ArrayList<>(this.recent);
	}

	/** One projection: its catalog name, the tie network (version and cluster count) it is of, and what it holds. */
	record Projection(String name, String network, List<String> channels, double minStrength) {
	}

	/** The clusters of one tie network by number (position in id order), and the number of each id. */
	record Numbering(String network, List<String> ids, Map<String, Integer> positions) {

		/** The numbers of some clusters; ids the network does not hold are left out. */
		List<Integer> of(List<String> clusters) {
			return clusters.stream().map(this.positions::get).filter(Objects::nonNull).toList();
		}

		List<String> ids(Value positions) {
			return positions.asList(position -> this.ids.get(position.asInt()));
		}

	}

}
