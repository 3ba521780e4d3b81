// The NUTS region of each of a batch of companies.
:param {ids: ['CO000001', 'CO000002']}
UNWIND $ids AS id
MATCH (:Company {id: id})-[:LOCATED_IN]->(r:Region)
RETURN id AS key, r
