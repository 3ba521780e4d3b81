// A page of members (companies and organisations, by id) with the total, for each of a batch of clusters: one
// statement for every cluster of a response level, each page limited on its own.
:param {keys: ['CL00001', 'CL00002'], after: null, limit: 21, counted: true}
UNWIND $keys AS key
MATCH (c:Cluster {id: key})
RETURN key,
       // counted only when totalCount is selected: the CASE never evaluates the subquery otherwise
       CASE WHEN $counted THEN COUNT { (c)<-[:MEMBER_OF]-() } END AS total,
       COLLECT { MATCH (c)<-[m:MEMBER_OF]-(member) WHERE $after IS NULL OR member.id > $after
                 // a membership is real only between a real member and a real cluster
                 RETURN {member: member, since: m.since, company: member:Company,
                         synthetic: coalesce(member.synthetic, false) OR coalesce(c.synthetic, false)}
                 ORDER BY member.id LIMIT $limit } AS nodes
