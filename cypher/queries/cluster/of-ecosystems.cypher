// A page of the clusters working in each of a batch of ecosystems (as their primary ecosystem or another), with their
// total: one row per ecosystem.
:param {keys: ['MOB', 'ENER'], after: null, limit: 21, counted: true}
UNWIND $keys AS key
MATCH (e:Ecosystem {id: key})
RETURN key,
       // counted only when totalCount is selected: the CASE never evaluates the subquery otherwise
       CASE WHEN $counted THEN COUNT { (e)<-[:IN_ECOSYSTEM]-(:Cluster) } END AS total,
       COLLECT { MATCH (e)<-[:IN_ECOSYSTEM]-(c:Cluster) WHERE $after IS NULL OR c.id > $after
                 RETURN c ORDER BY c.id LIMIT $limit } AS nodes
