// Drops the analytics projection $graph, if it is there.
:param {graph: 'cluster-network-example'}
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
