package eu.clustergraph.curation;

import java.util.List;

/**
 * What a mutation did, or with {@code dryRun} would do.
 *
 * @param dryRun whether nothing was changed
 * @param change the audited change, null for a dry run
 * @param removes what a delete removes or would remove
 * @param version the record's version after the change, null after a delete and for links
 */
record CurationResult(boolean dryRun, Change change, List<Removal> removes, Integer version) {

	static CurationResult preview(List<Removal> removes) {
		return new CurationResult(true, null, removes, null);
	}

	/** Records of one kind that a delete removes: a node label or a relationship type, and how many. */
	record Removal(String kind, long count) {
	}

}
