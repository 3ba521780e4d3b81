package eu.clustergraph.gaps;

import java.util.List;

/** Finds the gaps of one kind; each finder is one or a few statements whatever the number of candidates. */
interface GapFinder {

	GapKind kind();

	List<CooperationGap> find(GapQuery query, GapReference reference);

}
