// Partners suggested for cluster $id: clusters it has no tie of at least $minStrength with, but which share tied
// neighbours with it, scored by link prediction over the ties of at least $minStrength. For the common neighbours z
// of degree d(z): commonNeighbours counts them, adamicAdar sums 1 / ln d(z), resourceAllocation sums 1 / d(z); the
// score is the sum over them of the mean of the three weights, (1 + 1 / ln d(z) + 1 / d(z)) / 3, so a neighbour
// tied to few others counts more. With a value chain $valueChain, only clusters contributing to a stage that feeds or
// is fed by a stage of cluster $id in that chain are candidates, listed with those stages.
:param {id: 'CL00001', minStrength: 0.6, valueChain: null, k: 10}
MATCH (c:Cluster {id: $id})
OPTIONAL MATCH (v:ValueChain {id: $valueChain})
MATCH (c)-[t1:TIED_WITH]-(z:Cluster)-[t2:TIED_WITH]-(d:Cluster)
WHERE t1.strength >= $minStrength AND t2.strength >= $minStrength AND d <> c
  AND NOT EXISTS { (c)-[t:TIED_WITH]-(d) WHERE t.strength >= $minStrength }
WITH c, v, d, z, COUNT { (z)-[t:TIED_WITH]-(:Cluster) WHERE t.strength >= $minStrength } AS degree
WITH c, v, d, count(z) AS commonNeighbours, sum(1.0 / log(degree)) AS adamicAdar, sum(1.0 / degree) AS resourceAllocation,
     collect(z.id) AS through
WITH c, v, d, commonNeighbours, adamicAdar, resourceAllocation, through,
     CASE WHEN v IS NULL THEN [] ELSE COLLECT {
       MATCH (v)-[:HAS_STAGE]->(s:Stage)<-[:CONTRIBUTES_TO]-(d)
       WHERE EXISTS { (c)-[:CONTRIBUTES_TO]->(:Stage)-[:FEEDS]-(s) }
       RETURN s {.id, .ordinal, .name, valueChain: v.id} ORDER BY s.ordinal } END AS stages
WHERE v IS NULL OR size(stages) > 0
RETURN d AS cluster, (commonNeighbours + adamicAdar + resourceAllocation) / 3.0 AS score, commonNeighbours,
       adamicAdar, resourceAllocation, through, stages
ORDER BY score DESC, cluster.id
LIMIT $k
