// Counts up the tie network's version after the ties were derived (in the same transaction), so weighted
// projections of an older network are never used again: their names carry the version they were made from.
:param {}
MERGE (network:TieNetwork {id: 'cluster-ties'})
SET network.version = coalesce(network.version, 0) + 1, network.derivedAt = datetime()
