package eu.clustergraph.region;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import eu.clustergraph.system.graphql.InvalidArgumentException;

/**
 * The validated arguments of a region query.
 *
 * @param version NUTS 2021 or 2024
 * @param level 0-3, or {@code null} for every level
 * @param country a two-letter NUTS country code, or {@code null} for every country
 */
record RegionFilter(int version, Integer level, String country) {

	static final Set<Integer> VERSIONS = Set.of(2021, 2024);

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	static int version(Integer requested, int defaultVersion) {
		int version = (requested == null) ? defaultVersion : requested;
		if (!VERSIONS.contains(version)) {
			throw new InvalidArgumentException("version", "must be 2021 or 2024 (was " + version + ")");
		}
		return version;
	}

	static RegionFilter of(Integer version, Integer level, String country, int defaultVersion) {
		if (level != null && (level < 0 || level > 3)) {
			throw new InvalidArgumentException("level", "must be a NUTS level from 0 to 3 (was " + level + ")");
		}
		String normalised = (country == null) ? null : country.strip().toUpperCase(Locale.ROOT);
		if (normalised != null && !COUNTRY.matcher(normalised).matches()) {
			throw new InvalidArgumentException("country",
					"must be a two-letter NUTS country code such as DE or EL (was '" + country + "')");
		}
		return new RegionFilter(version(version, defaultVersion), level, normalised);
	}

}
