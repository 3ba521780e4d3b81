// Every derived cooperation tie between clusters, to check closeness in memory: the network is small (about a
// thousand clusters) while candidate pairs run to tens of thousands.
:param {}
MATCH (a:Cluster)-[:TIED_WITH]->(b:Cluster)
RETURN a.id AS a, b.id AS b
