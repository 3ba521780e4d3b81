package eu.clustergraph.gaps;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

/**
 * The validated arguments of {@code cooperationGaps}; every filter is optional.
 *
 * @param region a NUTS code: a gap must involve this region or one below it
 * @param minStrength the strength a cooperation tie needs to count as a tie
 */
record GapQuery(String valueChain, String ecosystem, String country, String region, Set<GapKind> kinds, int first,
		double minStrength) {

	static final int MAX_FIRST = 100;

	static GapQuery of(String valueChain, String ecosystem, String country, String region, List<GapKind> kinds,
			Integer first, double minStrength, ReferenceCodes codes, int nutsVersion) {
		int checkedFirst = (first == null) ? 20 : first;
		if (checkedFirst < 1 || checkedFirst > MAX_FIRST) {
			throw new InvalidArgumentException("first", "must be between 1 and " + MAX_FIRST + " (was " + checkedFirst + ")");
		}
		if (kinds != null && kinds.isEmpty()) {
			throw new InvalidArgumentException("kinds", "must name at least one kind, or be left out for all");
		}
		return new GapQuery((valueChain == null) ? null : codes.requireValueChain(valueChain, "valueChain"),
				(ecosystem == null) ? null : codes.requireEcosystem(ecosystem, "ecosystem"),
				(country == null) ? null : codes.requireCountry(country, nutsVersion, "country"),
				(region == null) ? null : codes.requireRegion(region, nutsVersion, "region"),
				(kinds == null) ? EnumSet.allOf(GapKind.class) : EnumSet.copyOf(kinds), checkedFirst, minStrength);
	}

	/** The area a gap must lie in, as a NUTS code prefix: the region, else the country, else none. */
	String area() {
		return (this.region != null) ? this.region : this.country;
	}

	/** Whether a NUTS code lies in the area (always, without one). */
	boolean inArea(String nutsCode) {
		return area() == null || (nutsCode != null && nutsCode.startsWith(area()));
	}

}
