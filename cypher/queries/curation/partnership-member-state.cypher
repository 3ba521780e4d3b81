// The audited state of a cluster's part in a partnership, with whether both exist.
:param {partnership: 'PA001', cluster: 'CL00001'}
OPTIONAL MATCH (p:Partnership {id: $partnership})
OPTIONAL MATCH (c:Cluster {id: $cluster})
OPTIONAL MATCH (c)-[r:PARTICIPATES_IN]->(p)
RETURN p IS NOT NULL AS partnershipExists, c IS NOT NULL AS clusterExists,
       CASE WHEN r IS NULL THEN null ELSE {partnership: $partnership, cluster: $cluster, role: r.role} END AS state
