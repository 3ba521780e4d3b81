// The audited state of the agreement of two clusters (stored from the smaller id to the larger), with whether both
// clusters exist.
:param {from: 'CL00001', to: 'CL00002'}
OPTIONAL MATCH (a:Cluster {id: $from})
OPTIONAL MATCH (b:Cluster {id: $to})
OPTIONAL MATCH (a)-[r:AGREEMENT_WITH]-(b)
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       CASE WHEN r IS NULL THEN null ELSE {cluster: $from, partner: $to, kind: r.kind, since: r.since} END AS state
