// The key NACE activities of each of a batch of value chains.
:param {ids: ['BAT', 'H2']}
UNWIND $ids AS id
MATCH (:ValueChain {id: id})-[:KEY_ACTIVITY]->(a:Activity)
RETURN id AS key, a
ORDER BY key, a.code
