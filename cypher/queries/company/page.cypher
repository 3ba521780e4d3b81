// A page of companies matching a filter, in the requested order, after a cursor (keyset pagination). The company
// feature fills the slots with fixed fragments and binds every value as a parameter; as written, the query lists
// companies by id.
:param {limit: 21}
MATCH (c:Company)
WHERE /*{filter}*/true
WITH c, /*{sort}*/c.id AS sortValue
WHERE /*{after}*/true
RETURN c, sortValue
ORDER BY sortValue /*{direction}*/ASC, c.id
LIMIT $limit
