// Every derived cooperation tie between clusters of at least $minStrength, to check closeness in memory: the network
// is small (about a thousand clusters) while candidate pairs run to tens of thousands.
:param {minStrength: 0.6}
MATCH (a:Cluster)-[t:TIED_WITH]->(b:Cluster)
WHERE t.strength >= $minStrength
RETURN a.id AS a, b.id AS b
