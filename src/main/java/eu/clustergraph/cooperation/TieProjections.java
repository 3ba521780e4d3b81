package eu.clustergraph.cooperation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import org.neo4j.driver.Record;
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

	/** The projection names in use here, least recently used first. */
	private final LinkedHashSet<String> recent = new LinkedHashSet<>();

	TieProjections(CypherRunner cypher, CypherQueries queries, CooperationProperties properties) {
		this.cypher = cypher;
		this.project = queries.get("cooperation/project-ties");
		this.drop = queries.get("cooperation/drop-projections");
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
		String name = PREFIX + version + "." + clusters + "-" + mask + "-" + String.format(Locale.ROOT, "%.6f", minStrength);
		return new Projection(name, channels, minStrength);
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

	/** One projection: its catalog name, and what it holds. */
	record Projection(String name, List<String> channels, double minStrength) {
	}

}
