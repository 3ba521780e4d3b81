// The evidence behind a batch of hops between two clusters, per chosen channel and at most $limit items each:
// the shared members, the common partnerships, the agreements and the cooperating or supplying member pairs.
:param {pairs: [{a: 'CL00001', b: 'CL00002'}], channels: ['SHARED_MEMBER', 'PARTNERSHIP', 'AGREEMENT', 'MEMBER_COOPERATION'], limit: 5}
UNWIND $pairs AS pair
MATCH (a:Cluster {id: pair.a})
MATCH (b:Cluster {id: pair.b})
RETURN pair.a AS a, pair.b AS b,
  CASE WHEN 'SHARED_MEMBER' IN $channels THEN COLLECT {
    MATCH (a)<-[:MEMBER_OF]-(m)-[:MEMBER_OF]->(b) RETURN m ORDER BY m.id LIMIT $limit
  } ELSE [] END AS members,
  CASE WHEN 'PARTNERSHIP' IN $channels THEN COLLECT {
    MATCH (a)-[:PARTICIPATES_IN]->(p:Partnership)<-[:PARTICIPATES_IN]-(b) RETURN p ORDER BY p.id LIMIT $limit
  } ELSE [] END AS partnerships,
  CASE WHEN 'AGREEMENT' IN $channels THEN COLLECT {
    MATCH (a)-[r:AGREEMENT_WITH]-(b) RETURN r {.kind, .since} AS agreement ORDER BY agreement.since LIMIT $limit
  } ELSE [] END AS agreements,
  CASE WHEN 'MEMBER_COOPERATION' IN $channels THEN COLLECT {
    MATCH (a)<-[:MEMBER_OF]-(x:Company)-[l:COOPERATES_WITH|SUPPLIES]-(y:Company)-[:MEMBER_OF]->(b)
    RETURN {company: x, partner: y, relationship: type(l), kind: l.type, since: l.since, outgoing: startNode(l) = x,
            stage: COLLECT { MATCH (v:ValueChain)-[:HAS_STAGE]->(s:Stage {id: l.stage}) RETURN s {.*, valueChain: v.id} }[0]
           } AS link
    ORDER BY link.company.id, link.partner.id, link.relationship LIMIT $limit
  } ELSE [] END AS cooperations
