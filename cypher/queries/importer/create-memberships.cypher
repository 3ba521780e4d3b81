// As merge-memberships.cypher, for rows whose member or cluster the same import has just created: the relationship
// cannot exist yet, so it is created without looking for it first.
:param {rows: [{from: 'CO000001', to: 'CL00001', label: 'Company', properties: {since: 2015}}]}
UNWIND $rows AS row
MATCH (c:Cluster {id: row.to})
CALL (row) {
  MATCH (m:Company {id: row.from})
  WHERE row.label = 'Company'
  RETURN m
  UNION ALL
  MATCH (m:Organisation {id: row.from})
  WHERE row.label = 'Organisation'
  RETURN m
}
CREATE (m)-[r:MEMBER_OF]->(c)
SET r += row.properties
