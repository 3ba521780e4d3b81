// The $k strongest walks of at most $maxTies ties from each source cluster to each target cluster, by Yen's
// k-shortest paths on the layered weighted projection of the tie network (project-ties, which numbers clusters by
// their position in id order: from hop 0 of the source to the target's exit for $maxTies), each as the positions of
// the clusters along it and its cost, the sum of -ln(strength). Sources and targets come as positions too; the
// caller keeps the ids of the projection's numbering (cluster-ids). A walk that visits a cluster twice is left to
// the caller to drop. One thread, so equal costs come in the same order on every machine.
:param {graph: 'cluster-ties-example', sources: [0], targets: [1], k: 3, maxTies: 4}
UNWIND $sources AS from
UNWIND $targets AS to
WITH from, to
WHERE from <> to
CALL gds.shortestPath.yens.stream($graph, {sourceNode: from * 16, targetNode: to * 16 + 6 + $maxTies, k: $k,
  relationshipWeightProperty: 'cost', concurrency: 1})
YIELD totalCost, nodeIds
RETURN [node IN nodeIds WHERE node % 16 <= 6 | node / 16] AS positions, totalCost AS cost
