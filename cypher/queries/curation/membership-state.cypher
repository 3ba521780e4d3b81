// The audited state of a membership, with whether its member and cluster exist: memberLabel is null when no company
// or organisation has the member id, cluster false when no cluster has the cluster id.
:param {member: 'CO000001', cluster: 'CL00001'}
OPTIONAL MATCH (c:Cluster {id: $cluster})
CALL () {
  OPTIONAL MATCH (m:Company {id: $member})
  RETURN m
  UNION ALL
  OPTIONAL MATCH (m:Organisation {id: $member})
  RETURN m
}
WITH c, m
ORDER BY m IS NULL
LIMIT 1
OPTIONAL MATCH (m)-[r:MEMBER_OF]->(c)
RETURN c IS NOT NULL AS cluster, CASE WHEN m IS NULL THEN null ELSE labels(m)[0] END AS memberLabel,
       CASE WHEN r IS NULL THEN null ELSE {member: $member, cluster: $cluster, since: r.since} END AS state
