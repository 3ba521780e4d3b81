// A page of organisations matching a filter, in the requested order, after a cursor (keyset pagination). The
// organisation feature fills the slots with fixed fragments; as written, the query lists organisations by id.
:param {limit: 21}
MATCH (o:Organisation)
WHERE /*{filter}*/true
WITH o, /*{sort}*/o.id AS sortValue
WHERE /*{after}*/true
RETURN o, sortValue
ORDER BY sortValue /*{direction}*/ASC, o.id
LIMIT $limit
