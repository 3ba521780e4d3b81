// Adds a cluster to a partnership (or changes its role).
:param {partnership: 'PA001', cluster: 'CL00001', role: 'PARTNER'}
MATCH (p:Partnership {id: $partnership})
MATCH (c:Cluster {id: $cluster})
MERGE (c)-[r:PARTICIPATES_IN]->(p)
SET r.role = $role
