// A page of value chains matching a filter, in the requested order, after a cursor (keyset pagination). The value
// chain feature fills the slots with fixed fragments and binds every value as a parameter; as written, the query
// lists the value chains in reference order.
:param {limit: 21}
MATCH (v:ValueChain)
WHERE /*{filter}*/true
WITH v, /*{sort}*/v.ordinal AS sortValue
WHERE /*{after}*/true
RETURN v, sortValue
ORDER BY sortValue /*{direction}*/ASC, v.id
LIMIT $limit
