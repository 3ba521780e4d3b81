package eu.clustergraph.analytics;

import java.time.ZonedDateTime;
import java.util.Map;

import eu.clustergraph.cooperation.CooperationProperties;
import eu.clustergraph.cooperation.TiesDerived;
import eu.clustergraph.system.cypher.CypherQueries;
import eu.clustergraph.system.cypher.CypherRunner;
import eu.clustergraph.system.cypher.NamedQuery;
import eu.clustergraph.system.neo4j.GraphDataScience;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;

/**
 * Computes the cluster network's metrics on a GDS projection of the tie network (PageRank, betweenness, degree in
 * the country and across borders, weighted degree, Louvain community, articulation points) and writes them onto the
 * clusters with when and at which minimum strength they were computed. The projection lives only while it runs.
 */
@Component
public class NetworkAnalytics implements ApplicationListener<PayloadApplicationEvent<TiesDerived>> {

	private static final Log logger = LogFactory.getLog(NetworkAnalytics.class);

	private static final String GRAPH = "cluster-network-analytics";

	private static final String PROFILES = "cluster-profile-similarity";

	/** How many similar clusters each cluster keeps: {@code similarClusters} answers up to this many. */
	static final int SIMILAR_CLUSTERS = 20;

	/**
	 * What this step computes, recorded with its results: 1 was the metrics alone, 2 added similar clusters. A store
	 * whose results are of an older revision gets them computed on start even when its ties did not change.
	 */
	static final int REVISION = 2;

	private final CypherRunner cypher;

	private final NamedQuery project;

	private final NamedQuery compute;

	private final NamedQuery brokerage;

	private final NamedQuery drop;

	private final NamedQuery mark;

	private final NamedQuery status;

	private final NamedQuery projectProfiles;

	private final NamedQuery writeSimilar;

	private final double defaultMinStrength;

	private final GraphDataScience gds;

	NetworkAnalytics(CypherRunner cypher, CypherQueries queries, CooperationProperties cooperation,
			GraphDataScience gds) {
		this.cypher = cypher;
		this.gds = gds;
		this.project = queries.get("analytics/project-network");
		this.compute = queries.get("analytics/compute-metrics");
		this.brokerage = queries.get("analytics/write-brokerage");
		this.drop = queries.get("analytics/drop-network");
		this.mark = queries.get("analytics/mark-computed");
		this.status = queries.get("analytics/status");
		this.projectProfiles = queries.get("analytics/project-profiles");
		this.writeSimilar = queries.get("analytics/write-similar-clusters");
		this.defaultMinStrength = cooperation.minStrength();
	}

	/** Whenever ties were derived (after every import): the metrics of the network as it is now. */
	@Override
	public void onApplicationEvent(PayloadApplicationEvent<TiesDerived> event) {
		computeOrWarn();
	}

	/**
	 * The start-up step: computes the metrics unless those stored are of the current tie network. A database
	 * without GDS (an external Neo4j) leaves them uncomputed, with a warning, and the service starts anyway.
	 */
	public void computeIfStale() {
		boolean current = this.cypher.read(this.status, Map.of("minStrength", this.defaultMinStrength, "revision", REVISION),
				record -> record.get("current").asBoolean(false)).stream().findFirst().orElse(false);
		if (!current) {
			computeOrWarn();
		}
	}

	/** At the default minimum strength, the one "tied" means when a request names none. */
	public void compute() {
		compute(this.defaultMinStrength);
	}

	private void computeOrWarn() {
		if (!this.gds.available()) {
			logger.warn("The network analytics need the Neo4j Graph Data Science library, which this database does "
					+ "not have; the metrics stay uncomputed and the analytics fields answer with an error");
			return;
		}
		compute();
	}

	/** Computes and writes the metrics; an error saying so on a database without GDS. */
	public void compute(double minStrength) {
		this.gds.require("Computing the network analytics");
		long started = System.nanoTime();
		Map<String, Object> graph = Map.of("graph", GRAPH);
		this.cypher.write(this.drop, graph);
		try {
			long[] size = this.cypher.read(this.project, Map.of("graph", GRAPH, "minStrength", minStrength),
					record -> new long[] { record.get("nodes").asLong(0), record.get("relationships").asLong(0) })
				.stream()
				.findFirst()
				.orElse(new long[] { 0, 0 });
			if (size[0] == 0) {
				return;
			}
			this.cypher.write(this.compute, graph);
			ZonedDateTime now = ZonedDateTime.now();
			// GDS's articulation points fail on a graph without relationships (a first curated cluster, say)
			this.cypher.write(this.brokerage, Map.of("graph", GRAPH, "minStrength", minStrength, "computedAt", now,
					"tied", size[1] > 0));
			similarClusters();
			this.cypher.write(this.mark, Map.of("minStrength", minStrength, "computedAt", now, "revision", REVISION));
		}
		finally {
			this.cypher.write(this.drop, graph);
		}
		logger.info("Computed the network analytics and similar clusters in " + (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	/** Each cluster's most similar clusters by what they are made of (GDS node similarity, weighted Jaccard). */
	private void similarClusters() {
		Map<String, Object> graph = Map.of("graph", PROFILES);
		this.cypher.write(this.drop, graph);
		try {
			this.cypher.read(this.projectProfiles, graph, record -> record.get("nodes").asLong(0));
			this.cypher.write(this.writeSimilar, Map.of("graph", PROFILES, "topK", SIMILAR_CLUSTERS));
		}
		finally {
			this.cypher.write(this.drop, graph);
		}
	}

}
