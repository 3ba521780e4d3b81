// The strongest walk of at most $maxTies ties from each source cluster to every cluster that matches a filter, by
// Dijkstra from hop 0 of the source on the layered weighted projection of the tie network (project-ties, which
// numbers clusters by their position in id order), read at each cluster's exit for $maxTies: each as the positions
// of the clusters along it and its cost, the sum of -ln(strength); only to the clusters in $targets, the positions
// of the clusters a typed filter matched. The caller keeps the ids of the projection's numbering (cluster-ids).
:param {graph: 'cluster-ties-example', sources: [0], maxTies: 4, targets: [1]}
UNWIND $sources AS from
CALL gds.allShortestPaths.dijkstra.stream($graph, {sourceNode: from * 16, relationshipWeightProperty: 'cost',
  concurrency: 1})
YIELD targetNode, totalCost, nodeIds
WITH from, targetNode / 16 AS to, targetNode, totalCost, nodeIds
WHERE targetNode % 16 = 6 + $maxTies AND to <> from AND to IN $targets
RETURN [node IN nodeIds WHERE node % 16 <= 6 | node / 16] AS positions, totalCost AS cost
