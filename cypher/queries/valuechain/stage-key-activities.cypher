// The key NACE activities of each of a batch of stages.
:param {ids: ['BAT-3', 'H2-2']}
UNWIND $ids AS id
MATCH (:Stage {id: id})-[:KEY_ACTIVITY]->(a:Activity)
RETURN id AS key, a
ORDER BY key, a.code
