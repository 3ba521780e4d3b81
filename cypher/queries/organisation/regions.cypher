// The NUTS region of each of a batch of organisations (an organisation without a known location has none).
:param {ids: ['OR00001', 'OR00002']}
UNWIND $ids AS id
MATCH (:Organisation {id: id})-[:LOCATED_IN]->(r:Region)
RETURN id AS key, r
