// The NACE activity of each of a batch of companies.
:param {ids: ['CO000001', 'CO000002']}
UNWIND $ids AS id
MATCH (:Company {id: id})-[:HAS_ACTIVITY]->(a:Activity)
RETURN id AS key, a
