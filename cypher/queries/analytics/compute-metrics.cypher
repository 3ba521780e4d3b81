// Runs the network metrics on the projection $graph and writes them onto the clusters: PageRank weighted by tie
// strength (scaled to sum 1, as NetworkX reports it), betweenness (unweighted: strength is no distance), degree,
// weighted degree and the Louvain community. Every algorithm runs on one thread: the partition repeats, and the
// other cores stay with the online queries while the step runs after an import (BENCHMARKS.md, analytics).
:param {graph: 'cluster-network-example'}
CALL gds.pageRank.mutate($graph, {mutateProperty: 'networkPageRank', relationshipWeightProperty: 'strength',
  dampingFactor: 0.85, maxIterations: 1000, tolerance: 1e-12, scaler: 'L1Norm', concurrency: 1})
  YIELD nodePropertiesWritten AS pageRank
CALL gds.betweenness.mutate($graph, {mutateProperty: 'networkBetweenness', concurrency: 1})
  YIELD nodePropertiesWritten AS betweenness
CALL gds.degree.mutate($graph, {mutateProperty: 'networkDegree', concurrency: 1})
  YIELD nodePropertiesWritten AS degree
CALL gds.degree.mutate($graph, {mutateProperty: 'networkWeightedDegree', relationshipWeightProperty: 'strength',
  concurrency: 1})
  YIELD nodePropertiesWritten AS weightedDegree
CALL gds.louvain.mutate($graph, {mutateProperty: 'networkCommunity', relationshipWeightProperty: 'strength',
  concurrency: 1})
  YIELD communityCount
CALL gds.graph.nodeProperties.write($graph, ['networkPageRank', 'networkBetweenness', 'networkDegree',
  'networkWeightedDegree', 'networkCommunity'])
  YIELD propertiesWritten
RETURN propertiesWritten
