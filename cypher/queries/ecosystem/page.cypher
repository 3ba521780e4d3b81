// A page of industrial ecosystems in their official order, after a cursor key (the ordinal).
:param {after: null, limit: 21}
MATCH (e:Ecosystem)
WHERE $after IS NULL OR e.ordinal > toInteger($after)
RETURN e
ORDER BY e.ordinal
LIMIT $limit
