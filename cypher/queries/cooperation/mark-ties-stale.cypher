// Marks the clusters whose ties are to be derived again (every cluster when $clusters is null) with :TiesStale, the
// set derive-ties starts from; clear-ties-stale removes the mark in the same transaction. A label, not a list, so
// that "is this end marked?" is one check per row whatever the number of clusters.
:param {clusters: ['CL00001', 'CL00002']}
UNWIND coalesce($clusters, COLLECT { MATCH (c:Cluster) RETURN c.id }) AS id
MATCH (c:Cluster {id: id})
SET c:TiesStale
