// The partnerships each of a batch of clusters takes part in.
:param {ids: ['CL00001', 'CL00002']}
UNWIND $ids AS id
MATCH (:Cluster {id: id})-[r:PARTICIPATES_IN]->(p:Partnership)
RETURN id AS key, p, r.role AS role
ORDER BY key, p.id
