// The ecosystems each of a batch of partnerships targets.
:param {ids: ['PA001', 'PA002']}
UNWIND $ids AS id
MATCH (:Partnership {id: id})-[:TARGETS]->(e:Ecosystem)
RETURN id AS key, e
ORDER BY key, e.ordinal
