// The clusters taking part in each of a batch of partnerships, the coordinator first.
:param {ids: ['PA001', 'PA002']}
UNWIND $ids AS id
MATCH (p:Partnership {id: id})<-[r:PARTICIPATES_IN]-(c:Cluster)
RETURN id AS key, c, r.role AS role, coalesce(p.synthetic, false) OR coalesce(c.synthetic, false) AS synthetic
ORDER BY key, CASE r.role WHEN 'COORDINATOR' THEN 0 ELSE 1 END, c.id
