// As merge-partnership-members.cypher, for rows whose Partnership the same import has just created: the relationship cannot exist
// yet, so it is created without looking for it first.
:param {rows: [{from: 'PA001', to: 'CL00001', properties: {role: 'COORDINATOR'}}]}
UNWIND $rows AS row
MATCH (p:Partnership {id: row.from})
MATCH (c:Cluster {id: row.to})
CREATE (c)-[r:PARTICIPATES_IN]->(p)
SET r += row.properties
