package eu.clustergraph.cluster;

import java.util.List;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.ClusterGraphProperties;
import eu.clustergraph.system.query.Lists;
import eu.clustergraph.system.query.RowFilter;

import org.springframework.stereotype.Component;

/**
 * The ids of the clusters a filter matches, for the features whose hand-written statements take a set of clusters
 * (statistics, isolated clusters, paths to any match): the filter is built with types like every list's, and the
 * statement gets its matches as a parameter, never as Cypher text.
 */
@Component
public class ClusterMatches {

	private final Lists lists;

	private final ReferenceCodes codes;

	private final int nutsVersion;

	ClusterMatches(Lists lists, ReferenceCodes codes, ClusterGraphProperties properties) {
		this.lists = lists;
		this.codes = codes;
		this.nutsVersion = properties.nutsVersion();
	}

	/** The clusters a filter argument matches, in id order; its errors name {@code argument}. */
	public List<String> ids(ClusterFilter filter, String argument) {
		return ids(row -> filter.on(row, this.codes, this.nutsVersion, argument));
	}

	/** The clusters a condition over the cluster row matches, in id order. */
	public List<String> ids(RowFilter filter) {
		return this.lists.keys(ClusterShape.LIST, filter);
	}

}
