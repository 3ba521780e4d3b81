// Adds (or updates the year of) a membership and recounts the cluster's members, as an import does.
:param {member: 'CO000001', label: 'Company', cluster: 'CL00001', since: 2020}
MATCH (c:Cluster {id: $cluster})
CALL () {
  MATCH (m:Company {id: $member})
  WHERE $label = 'Company'
  RETURN m
  UNION ALL
  MATCH (m:Organisation {id: $member})
  WHERE $label = 'Organisation'
  RETURN m
}
MERGE (m)-[r:MEMBER_OF]->(c)
SET r.since = $since
WITH DISTINCT c
SET c.memberCount = COUNT { (c)<-[:MEMBER_OF]-() },
    c.companyCount = COUNT { (c)<-[:MEMBER_OF]-(:Company) }
