// Writes what the projection's algorithms do not give: degree within the cluster's country and across borders, the
// articulation points of the network (clusters whose removal disconnects it), and when and at which minimum
// strength the metrics were computed.
:param {graph: 'cluster-network-example', minStrength: 0.6, computedAt: datetime()}
CALL gds.articulationPoints.stream($graph, {concurrency: 1}) YIELD nodeId
WITH collect(gds.util.asNode(nodeId)) AS points
MATCH (c:Cluster)
SET c.networkArticulationPoint = c IN points,
    c.networkInCountryDegree = COUNT { (c)-[t:TIED_WITH]-(d:Cluster) WHERE t.strength >= $minStrength AND d.country = c.country },
    c.networkCrossBorderDegree = COUNT { (c)-[t:TIED_WITH]-(d:Cluster) WHERE t.strength >= $minStrength AND d.country <> c.country },
    c.networkComputedAt = $computedAt,
    c.networkMinStrength = $minStrength
