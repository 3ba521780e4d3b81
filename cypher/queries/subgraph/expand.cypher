// The subgraph around seed nodes: breadth-first up to $depth hops over the allowed relationship types and labels,
// stopping at $limit + 1 nodes (one more than wanted tells that the subgraph was cut), then every relationship
// among the kept nodes. The filters are APOC filter strings built from validated type and label names.
:param {seeds: [], depth: 1, limit: 500, relationshipFilter: '', labelFilter: '', types: null}
MATCH (seed) WHERE elementId(seed) IN $seeds
WITH collect(seed) AS seeds
CALL apoc.path.subgraphNodes(seeds, {maxLevel: $depth, relationshipFilter: $relationshipFilter,
    labelFilter: $labelFilter, limit: $limit + 1, bfs: true})
YIELD node
WITH collect(node) AS found
WITH found[0..$limit] AS nodes, size(found) > $limit AS truncated
OPTIONAL CALL apoc.algo.cover(nodes) YIELD rel
WITH nodes, truncated, collect(rel) AS rels
RETURN [n IN nodes | {id: elementId(n), labels: labels(n), properties: properties(n)}] AS nodes,
       [r IN rels WHERE $types IS NULL OR type(r) IN $types | {source: elementId(startNode(r)), target: elementId(endNode(r)), type: type(r),
                     properties: properties(r)}] AS edges,
       truncated
