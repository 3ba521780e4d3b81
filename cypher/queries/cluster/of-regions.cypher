// A page of the clusters seated in each of a batch of regions or any region below it, with their total.
:param {keys: ['DE1', 'FR10'], after: null, limit: 21, counted: true}
UNWIND $keys AS key
RETURN key,
       // counted only when totalCount is selected: the CASE never evaluates the subquery otherwise
       CASE WHEN $counted THEN COUNT { MATCH (c:Cluster) WHERE c.region STARTS WITH key } END AS total,
       COLLECT { MATCH (c:Cluster) WHERE c.region STARTS WITH key AND ($after IS NULL OR c.id > $after)
                 RETURN c ORDER BY c.id LIMIT $limit } AS nodes
