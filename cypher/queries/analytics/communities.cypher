// Every network community (Cluster.networkMetrics.community) of the last analytics run, on the ties of at least the
// minimum strength it ran at: its size, its three most frequent primary ecosystems and seat countries, its internal
// ties and the share of them that cross a border, and its contribution to the modularity (weighted by strength,
// resolution 1): internal weight / m - (summed weighted degree / 2m)^2, m the weight of all ties. No rows before
// the analytics have run.
:param {}
MATCH (network:TieNetwork {id: 'cluster-ties'})
WHERE network.analyticsComputedAt IS NOT NULL
WITH network.analyticsMinStrength AS minStrength, network.analyticsComputedAt AS computedAt
CALL (minStrength) {
  OPTIONAL MATCH (:Cluster)-[t:TIED_WITH]->(:Cluster)
  WHERE t.strength >= minStrength
  RETURN coalesce(sum(t.strength), 0.0) AS m
}
MATCH (c:Cluster)
WHERE c.networkCommunity IS NOT NULL
WITH minStrength, computedAt, m, c.networkCommunity AS community, count(c) AS size,
     sum(c.networkWeightedDegree) AS degrees
CALL (community, minStrength) {
  OPTIONAL MATCH (a:Cluster {networkCommunity: community})-[t:TIED_WITH]->(b:Cluster {networkCommunity: community})
  WHERE t.strength >= minStrength
  RETURN count(t) AS ties, coalesce(sum(t.strength), 0.0) AS weight,
         count(CASE WHEN a.country <> b.country THEN t END) AS crossBorder
}
RETURN minStrength, computedAt, community, size, ties, crossBorder,
       CASE WHEN m > 0 THEN weight / m - (degrees / (2 * m)) ^ 2 ELSE 0.0 END AS modularity,
       COLLECT {
         MATCH (c:Cluster {networkCommunity: community})-[:IN_ECOSYSTEM {primary: true}]->(e:Ecosystem)
         WITH e, count(c) AS clusters
         RETURN {id: e.id, name: e.name, clusters: clusters} AS group ORDER BY clusters DESC, e.id LIMIT 3
       } AS ecosystems,
       COLLECT {
         MATCH (c:Cluster {networkCommunity: community})
         WITH c.country AS country, count(c) AS clusters
         RETURN {id: country, name: country, clusters: clusters} AS group ORDER BY clusters DESC, country LIMIT 3
       } AS countries
ORDER BY size DESC, community
