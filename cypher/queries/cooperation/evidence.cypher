// The ties and evidence behind a batch of hops between two clusters: both clusters, the tie with its strength per
// channel, and per chosen channel at most $limit items: the shared members, the common partnerships, the agreements
// and the cooperating or supplying member pairs (one end a member of a only, the other of b only, as derive-ties
// counts them; the first of them by id, which derive-ties keeps on the tie). With no channel in $channels, the ties
// alone: for a request that does not select the evidence.
:param {pairs: [{a: 'CL00001', b: 'CL00002'}], channels: ['SHARED_MEMBER', 'PARTNERSHIP', 'AGREEMENT', 'MEMBER_COOPERATION'], limit: 5}
UNWIND $pairs AS pair
MATCH (a:Cluster {id: pair.a})
MATCH (b:Cluster {id: pair.b})
OPTIONAL MATCH (a)-[t:TIED_WITH]->(b)
RETURN pair.a AS a, pair.b AS b, a AS first, b AS second, t {.*} AS tie,
  CASE WHEN 'SHARED_MEMBER' IN $channels THEN COLLECT {
    MATCH (a)<-[:MEMBER_OF]-(m)-[:MEMBER_OF]->(b) RETURN m ORDER BY m.id LIMIT $limit
  } ELSE [] END AS members,
  CASE WHEN 'PARTNERSHIP' IN $channels THEN COLLECT {
    MATCH (a)-[:PARTICIPATES_IN]->(p:Partnership)<-[:PARTICIPATES_IN]-(b) RETURN p ORDER BY p.id LIMIT $limit
  } ELSE [] END AS partnerships,
  CASE WHEN 'AGREEMENT' IN $channels THEN COLLECT {
    MATCH (a)-[r:AGREEMENT_WITH]-(b) RETURN r {.kind, .since} AS agreement ORDER BY agreement.since LIMIT $limit
  } ELSE [] END AS agreements,
  // the tie's sample of linked pairs (derive-ties keeps the first five by id), read back with their links
  CASE WHEN 'MEMBER_COOPERATION' IN $channels AND t IS NOT NULL THEN COLLECT {
    UNWIND range(0, size(coalesce(t.sampleFrom, [])) - 1) AS i
    MATCH (x:Company {id: t.sampleFrom[i]})-[l:COOPERATES_WITH|SUPPLIES]-(y:Company {id: t.sampleTo[i]})
    RETURN {company: x, partner: y, relationship: type(l), kind: l.type, since: l.since, outgoing: startNode(l) = x,
            stage: COLLECT { MATCH (v:ValueChain)-[:HAS_STAGE]->(s:Stage {id: l.stage}) RETURN s {.*, valueChain: v.id} }[0]
           } AS link
    ORDER BY link.company.id, link.partner.id, link.relationship LIMIT $limit
  } ELSE [] END AS cooperations
