// The ids of the clusters of network community $community (Cluster.networkMetrics.community), by id: the seeds of
// a community's subgraph.
:param {community: 0}
MATCH (c:Cluster {networkCommunity: $community})
RETURN c.id AS id
ORDER BY id
