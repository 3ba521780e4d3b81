// Whether the clusters' network metrics are of the current tie network (at the given minimum strength).
:param {minStrength: 0.6}
OPTIONAL MATCH (network:TieNetwork {id: 'cluster-ties'})
RETURN network IS NOT NULL AND network.analyticsVersion = network.version
       AND network.analyticsMinStrength = $minStrength AS current
