// The kept nodes of a subgraph, in the order the expansion found them, with the relationships among them of the
// allowed types (all when $types is null), at most $edgeLimit and one more to tell that some were left out; a
// TIED_WITH relationship only from $minStrength on.
:param {nodes: [], types: null, minStrength: 0.6, edgeLimit: 20000}
UNWIND range(0, size($nodes) - 1) AS position
MATCH (n) WHERE elementId(n) = $nodes[position]
WITH n ORDER BY position
WITH collect(n) AS nodes
OPTIONAL CALL apoc.algo.cover(nodes) YIELD rel
WITH nodes, collect(rel) AS rels
RETURN [n IN nodes | {id: elementId(n), labels: labels(n), properties: properties(n)}] AS nodes,
       [r IN rels WHERE ($types IS NULL OR type(r) IN $types) AND (type(r) <> 'TIED_WITH' OR r.strength >= $minStrength)
                  | {source: elementId(startNode(r)), target: elementId(endNode(r)), type: type(r),
                     properties: properties(r)}][0..$edgeLimit + 1] AS edges
