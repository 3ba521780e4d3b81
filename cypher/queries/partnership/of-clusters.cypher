// The partnerships each of a batch of clusters takes part in.
:param {ids: ['CL00001', 'CL00002']}
UNWIND $ids AS id
MATCH (c:Cluster {id: id})-[r:PARTICIPATES_IN]->(p:Partnership)
RETURN id AS key, p, r.role AS role, coalesce(p.synthetic, false) OR coalesce(c.synthetic, false) AS synthetic
ORDER BY key, p.id
