// Bilateral agreements between clusters, one per pair stored from the smaller id to the larger.
:param {rows: [{from: 'CL00001', to: 'CL00002', properties: {kind: 'MOU', since: 2019}}]}
UNWIND $rows AS row
MATCH (a:Cluster {id: row.from})
MATCH (b:Cluster {id: row.to})
MERGE (a)-[r:AGREEMENT_WITH]->(b)
SET r += row.properties
