// One level of a subgraph's breadth-first expansion: the nodes one hop from the frontier over the allowed
// relationship types (all when $types is null), with one of the allowed labels (all when $labels is null), not seen
// yet, at most $remaining of them in element id order (a fixed order, so the same request keeps the same nodes).
// A TIED_WITH relationship counts from $minStrength on; other types have no strength.
:param {frontier: [], seen: [], types: null, labels: null, minStrength: 0.6, remaining: 501}
MATCH (n) WHERE elementId(n) IN $frontier
MATCH (n)-[r]-(m)
WHERE ($types IS NULL OR type(r) IN $types)
  AND (type(r) <> 'TIED_WITH' OR r.strength >= $minStrength)
  AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
  AND NOT elementId(m) IN $seen
WITH DISTINCT elementId(m) AS node
RETURN node
ORDER BY node
LIMIT $remaining
