// Runs the network metrics on the projection $graph and writes them onto the clusters: PageRank weighted by tie
// strength (scaled to sum 1, as NetworkX reports it), betweenness (unweighted: strength is no distance), degree,
// weighted degree and the Louvain community (one thread, so the partition repeats).
:param {graph: 'cluster-network-example'}
CALL gds.pageRank.mutate($graph, {mutateProperty: 'networkPageRank', relationshipWeightProperty: 'strength',
  dampingFactor: 0.85, maxIterations: 1000, tolerance: 1e-12, scaler: 'L1Norm'})
  YIELD nodePropertiesWritten AS pageRank
CALL gds.betweenness.mutate($graph, {mutateProperty: 'networkBetweenness'})
  YIELD nodePropertiesWritten AS betweenness
CALL gds.degree.mutate($graph, {mutateProperty: 'networkDegree'})
  YIELD nodePropertiesWritten AS degree
CALL gds.degree.mutate($graph, {mutateProperty: 'networkWeightedDegree', relationshipWeightProperty: 'strength'})
  YIELD nodePropertiesWritten AS weightedDegree
CALL gds.louvain.mutate($graph, {mutateProperty: 'networkCommunity', relationshipWeightProperty: 'strength',
  concurrency: 1})
  YIELD communityCount
CALL gds.graph.nodeProperties.write($graph, ['networkPageRank', 'networkBetweenness', 'networkDegree',
  'networkWeightedDegree', 'networkCommunity'])
  YIELD propertiesWritten
RETURN propertiesWritten
