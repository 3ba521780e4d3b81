package eu.clustergraph.reference;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

import org.springframework.stereotype.Component;

/**
 * The codes of the reference data (NUTS regions per version, NACE, ecosystems, stages, value chains), read from the
 * graph once and kept: they change only when the reference data is reloaded, which clears them. Filters and the
 * importer check codes against them without a query per check.
 */
@Component
public class ReferenceCodes {

	private final CypherRunner cypher;

	private final CypherQueries queries;

	private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

	ReferenceCodes(CypherRunner cypher, CypherQueries queries) {
		this.cypher = cypher;
		this.queries = queries;
	}

	public Set<String> regions(int nutsVersion) {
		return codes("region-codes", Map.of("version", nutsVersion));
	}

	public Set<String> activities() {
		return codes("activity-codes", Map.of());
	}

	public Set<String> ecosystems() {
		return codes("ecosystem-ids", Map.of());
	}

	public Set<String> stages() {
		return codes("stage-ids", Map.of());
	}

	public Set<String> valueChains() {
		return codes("value-chain-ids", Map.of());
	}

	/** The code, upper-cased, when it is a NUTS code of that version; otherwise an error naming the argument. */
	public String requireRegion(String code, int nutsVersion, String argument) {
		return require(code, regions(nutsVersion), argument, "a NUTS " + nutsVersion + " region code");
	}

	public String requireActivity(String code, String argument) {
		return require(code, activities(), argument, "a NACE Rev. 2 code");
	}

	public String requireEcosystem(String id, String argument) {
		return require(id, ecosystems(), argument, "an ecosystem id (AERO ... TOUR)");
	}

	public String requireStage(String id, String argument) {
		return require(id, stages(), argument, "a value-chain stage id (such as BAT-3)");
	}

	public String requireValueChain(String id, String argument) {
		return require(id, valueChains(), argument, "a value chain id (such as BAT)");
	}

	/**
	 * The code, upper-cased, when it is a country (level 0) of that NUTS version; otherwise an error naming the
	 * argument. NUTS writes some countries its own way (EL for Greece), and a code of no country would quietly match
	 * nothing, so it is refused as an unknown region code is.
	 */
	public String requireCountry(String country, int nutsVersion, String argument) {
		String code = country.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{2}") || !regions(nutsVersion).contains(code)) {
			throw new InvalidArgumentException(argument, "must be the two-letter code of a NUTS " + nutsVersion
					+ " country, such as DE or EL for Greece (was '" + country + "')");
		}
		return code;
	}

	private static String require(String value, Set<String> known, String argument, String what) {
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!known.contains(code)) {
			throw new InvalidArgumentException(argument, "must be " + what + " that exists (was '" + value + "')");
		}
		return code;
	}

	void clear() {
		this.cache.clear();
	}

	private Set<String> codes(String query, Map<String, Object> parameters) {
		return this.cache.computeIfAbsent(query + parameters, ignored -> Set.copyOf(new HashSet<>(this.cypher
			.read(this.queries.get("reference/" + query), parameters, record -> record.get("code").asString()))));
	}

}
