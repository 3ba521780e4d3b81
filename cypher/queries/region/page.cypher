// A page of NUTS regions matching a filter, in the requested order, after a cursor (keyset pagination). The region
// feature fills the slots with fixed fragments (always including the NUTS version) and binds every value as a
// parameter; as written, the query lists the German NUTS 2 regions of 2021 by code.
:param {limit: 21}
MATCH (r:Region)
WHERE /*{filter}*/(r.version = 2021 AND r.level = 2 AND r.country = 'DE')
WITH r, /*{sort}*/r.code AS sortValue
WHERE /*{after}*/true
RETURN r, sortValue
ORDER BY sortValue /*{direction}*/ASC, r.code
LIMIT $limit
