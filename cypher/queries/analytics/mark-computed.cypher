// Records on the tie network which of its versions the metrics were computed from, when and at which minimum
// strength: a start finds metrics of the current version and does not compute them again.
:param {minStrength: 0.6, computedAt: datetime(), revision: 2}
MERGE (network:TieNetwork {id: 'cluster-ties'})
SET network.analyticsVersion = network.version, network.analyticsComputedAt = $computedAt,
    network.analyticsMinStrength = $minStrength, network.analyticsRevision = $revision
