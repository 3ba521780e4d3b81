// The clusters each of a batch of companies is a member of.
:param {ids: ['CO000001', 'CO000002']}
UNWIND $ids AS id
MATCH (:Company {id: id})-[:MEMBER_OF]->(c:Cluster)
RETURN id AS key, c
ORDER BY key, c.id
