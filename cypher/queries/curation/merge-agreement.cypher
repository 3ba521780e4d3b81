// Adds (or updates) the agreement of two clusters, from the smaller id to the larger as the importer stores it.
:param {from: 'CL00001', to: 'CL00002', kind: 'MOU', since: 2021}
MATCH (a:Cluster {id: $from})
MATCH (b:Cluster {id: $to})
MERGE (a)-[r:AGREEMENT_WITH]->(b)
SET r.kind = $kind, r.since = $since
