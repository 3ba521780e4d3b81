// Clusters taking part in partnerships, with their role.
:param {rows: [{from: 'PA001', to: 'CL00001', properties: {role: 'COORDINATOR'}}]}
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
MATCH (c:Cluster {id: row.to})
MERGE (c)-[r:PARTICIPATES_IN]->(p)
SET r += row.properties
