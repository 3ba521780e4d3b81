// A page of partnerships matching a filter, in the requested order, after a cursor (keyset pagination). The
// partnership feature fills the slots with fixed fragments; as written, the query lists partnerships by id.
:param {limit: 21}
MATCH (p:Partnership)
WHERE /*{filter}*/true
WITH p, /*{sort}*/p.id AS sortValue
WHERE /*{after}*/true
RETURN p, sortValue
ORDER BY sortValue /*{direction}*/ASC, p.id
LIMIT $limit
