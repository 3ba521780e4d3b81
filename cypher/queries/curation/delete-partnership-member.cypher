// Takes a cluster out of a partnership.
:param {partnership: 'PA001', cluster: 'CL00001'}
MATCH (:Cluster {id: $cluster})-[r:PARTICIPATES_IN]->(:Partnership {id: $partnership})
DELETE r
