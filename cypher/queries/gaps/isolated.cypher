// Clusters with no tie of at least $minStrength to a cluster in another country, with their domestic ties of that
// strength: among $clusters (the ids a typed filter matched), or among all when it is null.
:param {minStrength: 0.6, clusters: null}
MATCH (c:Cluster)
WHERE ($clusters IS NULL OR c.id IN $clusters)
  AND NOT EXISTS { (c)-[t:TIED_WITH]-(other:Cluster) WHERE t.strength >= $minStrength AND other.country <> c.country }
RETURN c, COUNT { (c)-[t:TIED_WITH]-(:Cluster) WHERE t.strength >= $minStrength } AS domesticTies
ORDER BY c.id
