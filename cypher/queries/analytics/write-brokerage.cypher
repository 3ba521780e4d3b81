// Writes what the projection's algorithms do not give: degree within the cluster's country and across borders, the
// articulation points of the network (clusters whose removal disconnects it), and when and at which minimum
// strength the metrics were computed.
// $tied is false for a projection without relationships, on which GDS's articulation points fail: then the
// procedure is not called, and collect over no rows gives no points.
:param {graph: 'cluster-network-example', minStrength: 0.6, computedAt: datetime(), tied: true}
CALL () {
  WITH 1 AS once
  WHERE $tied
  CALL gds.articulationPoints.stream($graph, {concurrency: 1}) YIELD nodeId
  RETURN collect(gds.util.asNode(nodeId)) AS points
}
WITH points
MATCH (c:Cluster)
SET c.networkArticulationPoint = c IN points,
    c.networkInCountryDegree = COUNT { (c)-[t:TIED_WITH]-(d:Cluster) WHERE t.strength >= $minStrength AND d.country = c.country },
    c.networkCrossBorderDegree = COUNT { (c)-[t:TIED_WITH]-(d:Cluster) WHERE t.strength >= $minStrength AND d.country <> c.country },
    c.networkComputedAt = $computedAt,
    c.networkMinStrength = $minStrength
