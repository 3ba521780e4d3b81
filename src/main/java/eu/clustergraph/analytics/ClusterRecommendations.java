package eu.clustergraph.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.clustergraph.cooperation.CooperationProperties;
import eu.clustergraph.cooperation.TieStrength;
import eu.clustergraph.reference.ReferenceCodes;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.graphql.errors.Arguments;
import eu.clustergraph.system.graphql.errors.InvalidArgumentException;

import org.springframework.stereotype.Component;

/** Similar clusters and suggested partners of one cluster, each one statement. */
@Component
public class ClusterRecommendations {

	/** The most suggestions one request may ask for. */
	static final int MAX_PARTNERS = 100;

	private final CypherRunner cypher;

	private final ReferenceCodes codes;

	private final NamedQuery similar;

	private final NamedQuery partners;

	private final NamedQuery exists;

	private final double defaultMinStrength;

	ClusterRecommendations(CypherRunner cypher, CypherQueries queries, ReferenceCodes codes,
			CooperationProperties cooperation) {
		this.cypher = cypher;
		this.codes = codes;
		this.similar = queries.get("analytics/similar-clusters");
		this.partners = queries.get("analytics/suggested-partners");
		this.exists = queries.get("analytics/cluster-exists");
		this.defaultMinStrength = cooperation.minStrength();
	}

	/** The {@code k} (1 to 20) clusters most similar to cluster {@code id}. */
	public List<SimilarCluster> similar(String id, Integer k) {
		int limit = Arguments.bounded(k, 10, 1, NetworkAnalytics.SIMILAR_CLUSTERS, "k");
		String key = requireCluster(id);
		return this.cypher.read(this.similar, Map.of("id", key, "k", limit), SimilarCluster::from);
	}

	/**
	 * The {@code k} (1 to 100) best-scored clusters not yet tied to cluster {@code id} at {@code minStrength}, in
	 * complementary stages of {@code valueChain} when one is given.
	 */
	public List<SuggestedPartner> partners(String id, String valueChain, Integer k, Double minStrength) {
		int limit = Arguments.bounded(k, 10, 1, MAX_PARTNERS, "k");
		double strength = TieStrength.minimum(minStrength, this.defaultMinStrength, "minStrength");
		String key = requireCluster(id);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", key);
		parameters.put("k", limit);
		parameters.put("minStrength", strength);
		parameters.put("valueChain",
				(valueChain == null) ? null : this.codes.requireValueChain(valueChain, "valueChain"));
		return this.cypher.read(this.partners, parameters, SuggestedPartner::from);
	}

	private String requireCluster(String id) {
		String key = id.strip();
		boolean known = this.cypher.read(this.exists, Map.of("id", key), record -> record.get("exists").asBoolean())
			.stream()
			.findFirst()
			.orElse(false);
		if (!known) {
			throw new InvalidArgumentException("id", "names no cluster: '" + key + "' is unknown");
		}
		return key;
	}

}
