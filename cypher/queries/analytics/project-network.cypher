// Projects the cluster tie network into the GDS catalog as $graph: every cluster (isolated ones too) and every tie
// of at least $minStrength, undirected, weighted by its strength.
:param {graph: 'cluster-network-example', minStrength: 0.6}
MATCH (c:Cluster)
OPTIONAL MATCH (c)-[t:TIED_WITH]->(d:Cluster)
  WHERE t.strength >= $minStrength
WITH gds.graph.project($graph, c, d, {relationshipProperties: {strength: coalesce(t.strength, 0.0)}},
  {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.nodeCount AS nodes, graph.relationshipCount AS relationships
