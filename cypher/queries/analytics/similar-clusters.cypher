// The $k clusters most similar to cluster $id, as the analytics step wrote them, each with its score and what the
// two share: ecosystems, value-chain stages (with the chain's id) and NACE divisions of member companies.
:param {id: 'CL00001', k: 10}
MATCH (c:Cluster {id: $id})
UNWIND range(0, size(coalesce(c.similarClusterIds, [])) - 1) AS rank
WITH c, rank, c.similarClusterIds[rank] AS other, c.similarClusterScores[rank] AS score
ORDER BY rank
LIMIT $k
MATCH (d:Cluster {id: other})
WITH c, d, score, COLLECT { MATCH (c)<-[:MEMBER_OF]-(m:Company) RETURN DISTINCT substring(m.nace, 0, 2) } AS divisions
RETURN d AS cluster, score,
       COLLECT { MATCH (c)-[:IN_ECOSYSTEM]->(e:Ecosystem)<-[:IN_ECOSYSTEM]-(d) RETURN e ORDER BY e.ordinal } AS ecosystems,
       COLLECT { MATCH (c)-[:CONTRIBUTES_TO]->(s:Stage)<-[:CONTRIBUTES_TO]-(d), (v:ValueChain)-[:HAS_STAGE]->(s)
                 RETURN s {.id, .ordinal, .name, valueChain: v.id} ORDER BY v.ordinal, s.ordinal } AS stages,
       COLLECT { MATCH (d)<-[:MEMBER_OF]-(m:Company) WITH DISTINCT substring(m.nace, 0, 2) AS division
                 WHERE division IN divisions
                 MATCH (a:Activity {code: division}) RETURN a ORDER BY a.code } AS activities
ORDER BY score DESC, d.id
