// One level of a subgraph's breadth-first expansion: the nodes one hop from the frontier over the allowed
// relationship types (all when $types is null), with one of the allowed labels (all when $labels is null), not seen
// yet, at most $remaining of them. What the limit leaves is shared fairly among the frontier: each frontier node's
// new neighbours are ranked in element id order, and the level takes every node's first, then every node's second,
// and so on (equal ranks in element id order). A hub beside a small seed (a cluster and a member clicked to expand
// it) never crowds the small one's neighbours out, and the same request keeps the same nodes.
// A TIED_WITH relationship counts from $minStrength on; other types have no strength.
:param {frontier: [], seen: [], types: null, labels: null, minStrength: 0.6, remaining: 501}
MATCH (n) WHERE elementId(n) IN $frontier
MATCH (n)-[r]-(m)
WHERE ($types IS NULL OR type(r) IN $types)
  AND (type(r) <> 'TIED_WITH' OR r.strength >= $minStrength)
  AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
  AND NOT elementId(m) IN $seen
WITH n, elementId(m) AS node
ORDER BY node
WITH n, collect(DISTINCT node) AS found
UNWIND range(0, size(found) - 1) AS rank
WITH found[rank] AS node, min(rank) AS rank
RETURN node
ORDER BY rank, node
LIMIT $remaining
