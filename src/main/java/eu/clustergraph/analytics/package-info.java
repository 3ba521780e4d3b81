/**
 * Network analytics and regional competitiveness (issue 16): the metrics, similar clusters and communities computed
 * with GDS after every import and written onto the clusters ({@code NetworkAnalytics}); suggested partners by link
 * prediction ({@code ClusterRecommendations}); community summaries ({@code Communities}); cluster presence by
 * region and its correlation with the regional indicators ({@code RegionalPresence}, {@code Correlation}).
 */
package eu.clustergraph.analytics;
