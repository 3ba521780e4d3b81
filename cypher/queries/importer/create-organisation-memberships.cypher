// As merge-organisation-memberships.cypher, for rows whose Organisation the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'OR00001', to: 'CL00001', properties: {since: 2015}}]}
UNWIND $rows AS row
MATCH (m:Organisation {id: row.from})
MATCH (c:Cluster {id: row.to})
CREATE (m)-[r:MEMBER_OF]->(c)
SET r += row.properties
