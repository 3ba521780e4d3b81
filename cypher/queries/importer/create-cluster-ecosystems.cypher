// As merge-cluster-ecosystems.cypher, for rows whose Cluster the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'CL00001', to: 'MOB', properties: {primary: true}}]}
UNWIND $rows AS row
MATCH (c:Cluster {id: row.from})
MATCH (e:Ecosystem {id: row.to})
CREATE (c)-[r:IN_ECOSYSTEM]->(e)
SET r += row.properties
