// The ecosystems of each of a batch of clusters, the primary one first.
:param {ids: ['CL00001', 'CL00002']}
UNWIND $ids AS id
MATCH (:Cluster {id: id})-[m:IN_ECOSYSTEM]->(e:Ecosystem)
RETURN id AS key, e, coalesce(m.primary, false) AS primary
ORDER BY key, primary DESC, e.ordinal
