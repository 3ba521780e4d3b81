// The $k strongest walks of at most $maxTies ties from each source cluster to each target cluster, by Yen's
// k-shortest paths on the layered weighted projection of the tie network (project-ties, which numbers clusters by
// their position in id order: from hop 0 of the source to the target's exit for $maxTies), each as the cluster ids
// along it and its cost, the sum of -ln(strength). A walk that visits a cluster twice is left to the caller to
// drop. One thread, so equal costs come in the same order on every machine.
:param {graph: 'cluster-ties-example', sources: ['CL00001'], targets: ['CL00002'], k: 3, maxTies: 4}
WITH COLLECT { MATCH (c:Cluster) RETURN c.id ORDER BY c.id } AS ids
UNWIND $sources AS source
UNWIND $targets AS target
WITH ids, source, target, apoc.coll.indexOf(ids, source) AS from, apoc.coll.indexOf(ids, target) AS to
WHERE from >= 0 AND to >= 0 AND from <> to
CALL gds.shortestPath.yens.stream($graph, {sourceNode: from * 16, targetNode: to * 16 + 6 + $maxTies, k: $k,
  relationshipWeightProperty: 'cost', concurrency: 1})
YIELD totalCost, nodeIds
RETURN [node IN nodeIds WHERE node % 16 <= 6 | ids[node / 16]] AS ids, totalCost AS cost
