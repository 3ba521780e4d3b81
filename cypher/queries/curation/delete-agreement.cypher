// Removes the agreement of two clusters, whichever way it was stored.
:param {from: 'CL00001', to: 'CL00002'}
MATCH (:Cluster {id: $from})-[r:AGREEMENT_WITH]-(:Cluster {id: $to})
DELETE r
