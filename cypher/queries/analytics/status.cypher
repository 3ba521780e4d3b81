// Whether the clusters' network metrics are of the current tie network (at the given minimum strength), computed by
// this revision $revision of the analytics step: a service that computes more than the store holds computes it anew.
:param {minStrength: 0.6, revision: 2}
OPTIONAL MATCH (network:TieNetwork {id: 'cluster-ties'})
RETURN network IS NOT NULL AND network.analyticsVersion = network.version
       AND network.analyticsMinStrength = $minStrength
       AND network.analyticsRevision = $revision AS current
