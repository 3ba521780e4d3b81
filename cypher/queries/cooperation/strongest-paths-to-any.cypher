// The strongest walk of at most $maxTies ties from each source cluster to every cluster that matches a filter, by
// Dijkstra from hop 0 of the source on the layered weighted projection of the tie network (project-ties, which
// numbers clusters by their position in id order), read at each cluster's exit for $maxTies: each as the cluster
// ids along it and its cost, the sum of -ln(strength); only to the clusters in $targets, the ids a typed filter
// matched.
:param {graph: 'cluster-ties-example', sources: ['CL00001'], maxTies: 4, targets: ['CL00002']}
WITH COLLECT { MATCH (c:Cluster) RETURN c.id ORDER BY c.id } AS ids
UNWIND $sources AS source
WITH ids, source, apoc.coll.indexOf(ids, source) AS from
WHERE from >= 0
CALL gds.allShortestPaths.dijkstra.stream($graph, {sourceNode: from * 16, relationshipWeightProperty: 'cost',
  concurrency: 1})
YIELD targetNode, totalCost, nodeIds
WITH ids, source, targetNode, totalCost, nodeIds WHERE targetNode % 16 = 6 + $maxTies
MATCH (c:Cluster {id: ids[targetNode / 16]})
WITH ids, source, c, totalCost, nodeIds WHERE c.id <> source AND c.id IN $targets
RETURN [node IN nodeIds WHERE node % 16 <= 6 | ids[node / 16]] AS ids, totalCost AS cost
