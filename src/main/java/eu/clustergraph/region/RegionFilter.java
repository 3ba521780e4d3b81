package eu.clustergraph.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.Predicates;
import eu.clustergraph.system.graphql.InvalidArgumentException;

/**
 * The {@code RegionFilter} input, compiled to a Cypher predicate over {@code r}. The NUTS version is not part of it:
 * it is an argument of its own, because codes only mean something within one version.
 */
record RegionFilter(Integer level, String country, String region, Boolean eu, String name, Integer urbanType,
		Integer coastalType, Integer mountainType, List<RegionFilter> AND, List<RegionFilter> OR) {

	static final Set<Integer> VERSIONS = Set.of(2021, 2024);

	static int version(Integer requested, int defaultVersion) {
		int version = (requested == null) ? defaultVersion : requested;
		if (!VERSIONS.contains(version)) {
			throw new InvalidArgumentException("version", "must be 2021 or 2024 (was " + version + ")");
		}
		return version;
	}

	/**
	 * The predicate; errors name the argument path, such as {@code filter.OR[1].region}.
	 */
	String compile(Predicates p, ReferenceCodes codes, int version, String path) {
		List<String> all = new ArrayList<>();
		if (this.level != null) {
			if (this.level < 0 || this.level > 3) {
				throw new InvalidArgumentException(path + ".level",
						"must be a NUTS level from 0 to 3 (was " + this.level + ")");
			}
			all.add(p.bind("r.level = ?", this.level));
		}
		if (this.country != null) {
			all.add(p.bind("r.country = ?", codes.requireCountry(this.country, version, path + ".country")));
		}
		if (this.region != null) {
			// NUTS codes nest by prefix: DE1 covers DE11 and DE111
			all.add(p.bind("r.code STARTS WITH ?", codes.requireRegion(this.region, version, path + ".region")));
		}
		if (this.eu != null) {
			all.add(p.bind("r.eu = ?", this.eu));
		}
		if (this.name != null) {
			String text = this.name.strip().toLowerCase(Locale.ROOT);
			all.add("(" + p.bind("toLower(r.name) CONTAINS ?", text) + " OR "
					+ p.bind("toLower(coalesce(r.nameNational, '')) CONTAINS ?", text) + ")");
		}
		typology(all, p, "urbanType", this.urbanType, 3, path);
		typology(all, p, "coastalType", this.coastalType, 3, path);
		typology(all, p, "mountainType", this.mountainType, 4, path);
		all.addAll(Predicates.nested(this.AND, this.OR, path, (filter, at) -> filter.compile(p, codes, version, at)));
		return Predicates.all(all);
	}

	private static void typology(List<String> all, Predicates p, String property, Integer value, int max,
			String path) {
		if (value == null) {
			return;
		}
		if (value < 1 || value > max) {
			throw new InvalidArgumentException(path + "." + property,
					"must be a Eurostat typology code from 1 to " + max + " (was " + value + ")");
		}
		all.add(p.bind("r." + property + " = ?", value));
	}

}
