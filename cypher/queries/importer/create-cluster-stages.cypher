// As merge-cluster-stages.cypher, for rows whose Cluster the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'CL00001', to: 'BAT-3', properties: {}}]}
UNWIND $rows AS row
MATCH (c:Cluster {id: row.from})
MATCH (s:Stage {id: row.to})
CREATE (c)-[:CONTRIBUTES_TO]->(s)
