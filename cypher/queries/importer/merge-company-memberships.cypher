// Company memberships of clusters.
:param {rows: [{from: 'CO000001', to: 'CL00001', properties: {since: 2015}}]}
UNWIND $rows AS row
MATCH (m:Company {id: row.from})
MATCH (c:Cluster {id: row.to})
MERGE (m)-[r:MEMBER_OF]->(c)
SET r += row.properties
