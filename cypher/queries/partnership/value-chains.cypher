// The value chains each of a batch of partnerships targets.
:param {ids: ['PA001', 'PA002']}
UNWIND $ids AS id
MATCH (:Partnership {id: id})-[:TARGETS]->(v:ValueChain)
RETURN id AS key, v
ORDER BY key, v.ordinal
