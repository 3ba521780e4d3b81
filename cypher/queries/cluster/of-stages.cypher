// A page of the clusters contributing to each of a batch of stages, with their total: one row per stage.
:param {keys: ['BAT-3', 'H2-2'], after: null, limit: 21, counted: true}
UNWIND $keys AS key
MATCH (s:Stage {id: key})
RETURN key,
       // counted only when totalCount is selected: the CASE never evaluates the subquery otherwise
       CASE WHEN $counted THEN COUNT { (s)<-[:CONTRIBUTES_TO]-(:Cluster) } END AS total,
       COLLECT { MATCH (s)<-[:CONTRIBUTES_TO]-(c:Cluster) WHERE $after IS NULL OR c.id > $after
                 RETURN c ORDER BY c.id LIMIT $limit } AS nodes
