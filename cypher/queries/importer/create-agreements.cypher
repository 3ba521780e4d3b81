// As merge-agreements.cypher, for rows whose Cluster the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'CL00001', to: 'CL00002', properties: {kind: 'MOU', since: 2019}}]}
UNWIND $rows AS row
MATCH (a:Cluster {id: row.from})
MATCH (b:Cluster {id: row.to})
CREATE (a)-[r:AGREEMENT_WITH]->(b)
SET r += row.properties
