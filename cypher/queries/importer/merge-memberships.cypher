// Memberships of clusters, of companies and of organisations; the validator has found which of the two each member
// is (row.label), so only that label's key is looked up.
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
MERGE (m)-[r:MEMBER_OF]->(c)
SET r += row.properties
