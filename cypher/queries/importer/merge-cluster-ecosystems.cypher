// The ecosystems of clusters, one of them primary.
:param {rows: [{from: 'CL00001', to: 'MOB', properties: {primary: true}}]}
UNWIND $rows AS row
MATCH (c:Cluster {id: row.from})
MATCH (e:Ecosystem {id: row.to})
MERGE (c)-[r:IN_ECOSYSTEM]->(e)
SET r += row.properties
