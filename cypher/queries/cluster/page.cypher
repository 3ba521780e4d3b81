// A page of clusters matching a filter, in the requested order, after a cursor (keyset pagination). The cluster
// feature fills the slots with fixed fragments and binds every value as a parameter; as written, the query lists
// clusters by id.
:param {limit: 21}
MATCH (c:Cluster)
WHERE /*{filter}*/true
WITH c, /*{sort}*/c.id AS sortValue
WHERE /*{after}*/true
RETURN c, sortValue
ORDER BY sortValue /*{direction}*/ASC, c.id
LIMIT $limit
