// Every derived cooperation tie between clusters with its strength, to check closeness in memory: the strong ones for
// "tied within two hops", all of them for the weighted Adamic-Adar proximity. The network is small (about a thousand
// clusters, tens of thousands of ties).
:param {}
MATCH (a:Cluster)-[t:TIED_WITH]->(b:Cluster)
RETURN a.id AS a, b.id AS b, t.strength AS strength
