// The value-chain stages clusters contribute to.
:param {rows: [{from: 'CL00001', to: 'BAT-3', properties: {}}]}
UNWIND $rows AS row
MATCH (c:Cluster {id: row.from})
MATCH (s:Stage {id: row.to})
MERGE (c)-[:CONTRIBUTES_TO]->(s)
