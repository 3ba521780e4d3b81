// A page of value chains in reference order, after a cursor key (the ordinal).
:param {after: null, limit: 21}
MATCH (v:ValueChain)
WHERE $after IS NULL OR v.ordinal > toInteger($after)
RETURN v
ORDER BY v.ordinal
LIMIT $limit
