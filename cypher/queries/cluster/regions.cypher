// The NUTS region of the seat of each of a batch of clusters.
:param {ids: ['CL00001', 'CL00002']}
UNWIND $ids AS id
MATCH (:Cluster {id: id})-[:LOCATED_IN]->(r:Region)
RETURN id AS key, r
