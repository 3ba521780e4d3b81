// As merge-company-memberships.cypher, for rows whose Company the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'CO000001', to: 'CL00001', properties: {since: 2015}}]}
UNWIND $rows AS row
MATCH (m:Company {id: row.from})
MATCH (c:Cluster {id: row.to})
CREATE (m)-[r:MEMBER_OF]->(c)
SET r += row.properties
