// A page of industrial ecosystems matching a filter, in the requested order, after a cursor (keyset pagination).
// The ecosystem feature fills the slots with fixed fragments and binds every value as a parameter; as written, the
// query lists the ecosystems in their official order.
:param {limit: 21}
MATCH (e:Ecosystem)
WHERE /*{filter}*/true
WITH e, /*{sort}*/e.ordinal AS sortValue
WHERE /*{after}*/true
RETURN e, sortValue
ORDER BY sortValue /*{direction}*/ASC, e.id
LIMIT $limit
