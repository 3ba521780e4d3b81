package eu.clustergraph.region;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import eu.clustergraph.system.query.Conditions;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

/**
 * The {@code RegionFilter} input, compiled to a condition over a region row. The NUTS version is not part of it:
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
	 * The condition; errors name the argument path, such as {@code filter.OR[1].region}.
	 */
	Condition on(Node r, ReferenceCodes codes, int version, String path) {
		Condition all = Cypher.noCondition();
		if (this.level != null) {
			if (this.level < 0 || this.level > 3) {
				throw new InvalidArgumentException(path + ".level",
						"must be a NUTS level from 0 to 3 (was " + this.level + ")");
			}
			all = all.and(Conditions.equal(r.property("level"), this.level));
		}
		if (this.country != null) {
			all = all.and(Conditions.equal(r.property("country"), codes.requireCountry(this.country, version, path + ".country")));
		}
		if (this.region != null) {
			// NUTS codes nest by prefix: DE1 covers DE11 and DE111
			all = all.and(Conditions.startsWith(r.property("code"), codes.requireRegion(this.region, version, path + ".region")));
		}
		if (this.eu != null) {
			all = all.and(Conditions.equal(r.property("eu"), this.eu));
		}
		if (this.name != null) {
			Expression text = Cypher.anonParameter(this.name.strip().toLowerCase(Locale.ROOT));
			all = all.and(Cypher.toLower(r.property("name")).contains(text)
				.or(Cypher.toLower(Cypher.coalesce(r.property("nameNational"), Cypher.literalOf(""))).contains(text)));
		}
		all = all.and(typology(r, "urbanType", this.urbanType, 3, path))
			.and(typology(r, "coastalType", this.coastalType, 3, path))
			.and(typology(r, "mountainType", this.mountainType, 4, path));
		return all.and(Conditions.nested(this.AND, this.OR, path, (filter, at) -> filter.on(r, codes, version, at)));
	}

	private static Condition typology(Node r, String property, Integer value, int max, String path) {
		if (value == null) {
			return Cypher.noCondition();
		}
		if (value < 1 || value > max) {
			throw new InvalidArgumentException(path + "." + property,
					"must be a Eurostat typology code from 1 to " + max + " (was " + value + ")");
		}
		return Conditions.equal(r.property(property), value);
	}

}
