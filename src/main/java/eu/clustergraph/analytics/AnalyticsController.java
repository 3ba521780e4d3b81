package eu.clustergraph.analytics;

import java.util.List;

import eu.clustergraph.cluster.ClusterFilter;
import eu.clustergraph.system.neo4j.GraphDataScience;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL for the network analytics' answers about one cluster. */
@Controller
class AnalyticsController {

	private final ClusterRecommendations recommendations;

	private final Communities communities;

	private final RegionalPresence presence;

	private final GraphDataScience gds;

	AnalyticsController(ClusterRecommendations recommendations, Communities communities, RegionalPresence presence,
			GraphDataScience gds) {
		this.recommendations = recommendations;
		this.communities = communities;
		this.presence = presence;
		this.gds = gds;
	}

	/** Similarity is computed with GDS: without it there is none to read. */
	@QueryMapping
	List<SimilarCluster> similarClusters(@Argument String id, @Argument Integer k) {
		this.gds.require("similarClusters");
		return this.recommendations.similar(id, k);
	}

	/** Link prediction runs in Cypher over the stored ties, so it needs no GDS. */
	@QueryMapping
	List<SuggestedPartner> suggestedPartners(@Argument String id, @Argument String valueChain, @Argument Integer k,
			@Argument Double minStrength) {
		return this.recommendations.partners(id, valueChain, k, minStrength);
	}

	/** Louvain ran on GDS: without it there are no communities to report. */
	@QueryMapping
	CommunityReport communities(@Argument Integer first) {
		this.gds.require("communities");
		return this.communities.report(first);
	}

	@QueryMapping
	List<RegionPresence> clusterPresence(@Argument RegionPresence.Level level, @Argument ClusterFilter filter) {
		return this.presence.presence(level, filter);
	}

	@QueryMapping
	List<IndicatorInfo> indicators() {
		return this.presence.indicators();
	}

	@QueryMapping
	PresenceCorrelation presenceCorrelation(@Argument String indicator, @Argument int year,
			@Argument RegionPresence.Level level, @Argument RegionPresence.Measure presence,
			@Argument Correlation.Method method, @Argument ClusterFilter filter) {
		return this.presence.correlation(indicator.strip(), year, level, presence, method, filter);
	}

}
