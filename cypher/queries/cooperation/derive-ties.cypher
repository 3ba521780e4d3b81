// Derives the TIED_WITH relationships of the clusters marked :TiesStale (mark-ties-stale: every cluster, or after an
// import only those it touched, whose old ties delete-ties-of removed): one per pair of clusters that cooperate
// through any channel, stored from the smaller id to the larger (read as undirected), with the evidence per channel
// and the strength it gives. Paths, reach and gaps then walk these ties only, never the member, region or ecosystem
// hubs behind them.
//
// Strength, the one place it is defined (the schema's CooperationHop.strength repeats it): each channel c with evidence gives a
// probability-like p_c in (0, 1], and the tie's strength is 1 - product over channels of (1 - p_c), so more
// evidence never lowers it:
//   AGREEMENT           p = 1 - 0.1^n     n bilateral agreements (one alone: 0.9)
//   PARTNERSHIP         p = 1 - 0.3^n     n common partnerships (one alone: 0.7)
//   SHARED_MEMBER       p = 1 - 0.75^n    n companies or organisations in both clusters (one: 0.25, four: 0.68)
//   MEMBER_COOPERATION  p = 1 - exp(-20 l / sqrt(m_a m_b))
//                       l distinct company pairs that cooperate or supply, one end a member of a only and the other
//                       a member of b only (a member of both is SHARED_MEMBER evidence); m_a, m_b all members of
//                       each cluster. One link between two 500-member clusters gives 0.04; twenty between two
//                       40-member clusters, 1.0.
// Values are rounded to 6 decimals, so the same graph gives the same strengths on any machine.
// A bulk first start writes the same ties with its store (importer/BulkTies, compared with these by BulkFirstStartIT):
// a change here is a change there.
:param {}
// Each piece of evidence is found once, from the clusters marked :TiesStale (mark-ties-stale, in the same
// transaction), and counts for every pair it ties that has a marked end.
CALL () {
  MATCH (:TiesStale)<-[:MEMBER_OF]-(member)
  WITH DISTINCT member
  MATCH (a:Cluster)<-[:MEMBER_OF]-(member)-[:MEMBER_OF]->(b:Cluster)
  WHERE a.id < b.id AND (a:TiesStale OR b:TiesStale)
  RETURN a, b, 'SHARED_MEMBER' AS channel, count(DISTINCT member) AS evidence, [] AS sample
  UNION ALL
  MATCH (:TiesStale)-[:PARTICIPATES_IN]->(p:Partnership)
  WITH DISTINCT p
  MATCH (a:Cluster)-[:PARTICIPATES_IN]->(p)<-[:PARTICIPATES_IN]-(b:Cluster)
  WHERE a.id < b.id AND (a:TiesStale OR b:TiesStale)
  RETURN a, b, 'PARTNERSHIP' AS channel, count(DISTINCT p) AS evidence, [] AS sample
  UNION ALL
  MATCH (:TiesStale)-[agreement:AGREEMENT_WITH]-(:Cluster)
  WITH DISTINCT agreement
  WITH agreement, startNode(agreement) AS c, endNode(agreement) AS d
  WHERE c <> d
  WITH CASE WHEN c.id < d.id THEN c ELSE d END AS a, CASE WHEN c.id < d.id THEN d ELSE c END AS b, agreement
  RETURN a, b, 'AGREEMENT' AS channel, count(agreement) AS evidence, [] AS sample
  UNION ALL
  // each link once, then to the clusters of both ends; a company pair counts once whether it cooperates, supplies
  // or both, written "member of the smaller-id cluster, member of the other", and the first five in that order are
  // kept as the tie's sample, so a path shows its evidence without searching the links again
  MATCH (:TiesStale)<-[:MEMBER_OF]-(:Company)-[link:COOPERATES_WITH|SUPPLIES]-(:Company)
  WITH DISTINCT link
  WITH startNode(link) AS x, endNode(link) AS y
  MATCH (x)-[:MEMBER_OF]->(c:Cluster)
  MATCH (y)-[:MEMBER_OF]->(d:Cluster)
  WHERE c <> d AND (c:TiesStale OR d:TiesStale) AND NOT (x)-[:MEMBER_OF]->(d) AND NOT (y)-[:MEMBER_OF]->(c)
  WITH CASE WHEN c.id < d.id THEN c ELSE d END AS a, CASE WHEN c.id < d.id THEN d ELSE c END AS b,
       CASE WHEN c.id < d.id THEN x.id + ' ' + y.id ELSE y.id + ' ' + x.id END AS pair
  WITH a, b, collect(DISTINCT pair) AS pairs
  RETURN a, b, 'MEMBER_COOPERATION' AS channel, size(pairs) AS evidence, apoc.coll.sort(pairs)[0..5] AS sample
}
WITH a, b, apoc.map.fromPairs(collect([channel, evidence])) AS evidence,
     reduce(pairs = [], part IN collect(sample) | pairs + part) AS sample
WITH a, b, evidence, sample,
     coalesce(evidence.SHARED_MEMBER, 0) AS sharedMembers, coalesce(evidence.PARTNERSHIP, 0) AS partnerships,
     coalesce(evidence.AGREEMENT, 0) AS agreements, coalesce(evidence.MEMBER_COOPERATION, 0) AS links,
     toFloat(COUNT { (a)<-[:MEMBER_OF]-() } * COUNT { (b)<-[:MEMBER_OF]-() }) AS sizes
WITH a, b, evidence, sample, sharedMembers, partnerships, agreements, links,
     round(1 - 0.75 ^ sharedMembers, 6) AS sharedMemberStrength,
     round(1 - 0.3 ^ partnerships, 6) AS partnershipStrength,
     round(1 - 0.1 ^ agreements, 6) AS agreementStrength,
     CASE WHEN links = 0 THEN 0.0 ELSE round(1 - exp(-20.0 * links / sqrt(sizes)), 6) END AS memberCooperationStrength
CREATE (a)-[:TIED_WITH {
  // in a fixed order, so the same graph always gives the same ties
  channels: [channel IN ['SHARED_MEMBER', 'PARTNERSHIP', 'AGREEMENT', 'MEMBER_COOPERATION'] WHERE evidence[channel] IS NOT NULL],
  sharedMembers: sharedMembers,
  partnerships: partnerships,
  agreements: agreements,
  memberCooperations: links,
  // the first five linked company pairs by id: a member of a (sampleFrom) and a member of b (sampleTo); none
  // without linked pairs (no empty list, which the batch importer could not write: importer/BulkTies)
  sampleFrom: CASE WHEN size(sample) > 0 THEN [pair IN sample | split(pair, ' ')[0]] END,
  sampleTo: CASE WHEN size(sample) > 0 THEN [pair IN sample | split(pair, ' ')[1]] END,
  sharedMemberStrength: sharedMemberStrength,
  partnershipStrength: partnershipStrength,
  agreementStrength: agreementStrength,
  memberCooperationStrength: memberCooperationStrength,
  strength: round(1 - (1 - sharedMemberStrength) * (1 - partnershipStrength) * (1 - agreementStrength)
                    * (1 - memberCooperationStrength), 6),
  // synthetic unless some evidence is real: it joins two real clusters through an agreement, a real partnership, a
  // real shared member or a link between real member companies (generated data never joins two real clusters)
  synthetic: CASE WHEN coalesce(a.synthetic, false) OR coalesce(b.synthetic, false) THEN true
                  ELSE NOT (EXISTS { (a)-[:AGREEMENT_WITH]-(b) }
                            OR EXISTS { (a)-[:PARTICIPATES_IN]->(p:Partnership)<-[:PARTICIPATES_IN]-(b)
                                        WHERE NOT coalesce(p.synthetic, false) }
                            OR EXISTS { (a)<-[:MEMBER_OF]-(m)-[:MEMBER_OF]->(b) WHERE NOT coalesce(m.synthetic, false) }
                            OR EXISTS { (a)<-[:MEMBER_OF]-(x:Company)-[:COOPERATES_WITH|SUPPLIES]-(y:Company)-[:MEMBER_OF]->(b)
                                        WHERE NOT coalesce(x.synthetic, false) AND NOT coalesce(y.synthetic, false) })
             END
}]->(b)
RETURN count(*) AS ties
