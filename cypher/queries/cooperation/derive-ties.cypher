// Derives one TIED_WITH relationship per pair of clusters that cooperate through any channel, stored from the
// smaller id to the larger (read as undirected), with the channels and the amount of evidence per channel. Paths,
// reach and gaps then walk these ties only, never the member, region or ecosystem hubs behind them.
:param {}
CALL () {
  MATCH (a:Cluster)<-[:MEMBER_OF]-(member)-[:MEMBER_OF]->(b:Cluster)
  WHERE a.id < b.id
  RETURN a, b, 'SHARED_MEMBER' AS channel, count(DISTINCT member) AS evidence
  UNION ALL
  MATCH (a:Cluster)-[:PARTICIPATES_IN]->(p:Partnership)<-[:PARTICIPATES_IN]-(b:Cluster)
  WHERE a.id < b.id
  RETURN a, b, 'PARTNERSHIP' AS channel, count(DISTINCT p) AS evidence
  UNION ALL
  MATCH (a:Cluster)-[agreement:AGREEMENT_WITH]-(b:Cluster)
  WHERE a.id < b.id
  RETURN a, b, 'AGREEMENT' AS channel, count(agreement) AS evidence
  UNION ALL
  // each link once, from its stored direction, then to the clusters of both ends: a third faster at full scale
  // than expanding from every cluster's members
  MATCH (x:Company)-[link:COOPERATES_WITH|SUPPLIES]->(y:Company)
  MATCH (x)-[:MEMBER_OF]->(c:Cluster)
  MATCH (y)-[:MEMBER_OF]->(d:Cluster)
  WHERE c <> d
  WITH CASE WHEN c.id < d.id THEN c ELSE d END AS a, CASE WHEN c.id < d.id THEN d ELSE c END AS b, link
  RETURN a, b, 'MEMBER_COOPERATION' AS channel, count(DISTINCT link) AS evidence
}
WITH a, b, apoc.map.fromPairs(collect([channel, evidence])) AS evidence
CREATE (a)-[:TIED_WITH {
  // in a fixed order, so the same graph always gives the same ties
  channels: [channel IN ['SHARED_MEMBER', 'PARTNERSHIP', 'AGREEMENT', 'MEMBER_COOPERATION'] WHERE evidence[channel] IS NOT NULL],
  sharedMembers: coalesce(evidence.SHARED_MEMBER, 0),
  partnerships: coalesce(evidence.PARTNERSHIP, 0),
  agreements: coalesce(evidence.AGREEMENT, 0),
  memberCooperations: coalesce(evidence.MEMBER_COOPERATION, 0)
}]->(b)
RETURN count(*) AS ties
