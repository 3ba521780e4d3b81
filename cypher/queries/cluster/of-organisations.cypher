// The clusters each of a batch of organisations is a member of.
:param {ids: ['OR00001', 'OR00002']}
UNWIND $ids AS id
MATCH (:Organisation {id: id})-[:MEMBER_OF]->(c:Cluster)
RETURN id AS key, c
ORDER BY key, c.id
