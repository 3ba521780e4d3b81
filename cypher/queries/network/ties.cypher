// Every derived cooperation tie with its strength and channels, smaller id first: the network report keeps those of
// at least its minimum strength.
:param {}
MATCH (a:Cluster)-[t:TIED_WITH]->(b:Cluster)
RETURN a.id AS a, b.id AS b, t.strength AS strength, t.channels AS channels
ORDER BY a, b
