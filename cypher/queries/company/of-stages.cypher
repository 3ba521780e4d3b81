// A page of the companies active in each of a batch of stages, with their total: one row per stage.
:param {keys: ['BAT-3', 'H2-2'], after: null, limit: 21, counted: true}
UNWIND $keys AS key
MATCH (s:Stage {id: key})
RETURN key,
       // counted only when totalCount is selected: the CASE never evaluates the subquery otherwise
       CASE WHEN $counted THEN COUNT { (s)<-[:ACTIVE_IN]-(:Company) } END AS total,
       COLLECT { MATCH (s)<-[:ACTIVE_IN]-(c:Company) WHERE $after IS NULL OR c.id > $after
                 RETURN c ORDER BY c.id LIMIT $limit } AS nodes
