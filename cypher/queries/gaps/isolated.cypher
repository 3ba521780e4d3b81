// Clusters matching a filter with no tie of at least $minStrength to a cluster in another country, with their
// domestic ties of that strength. The gaps feature fills the filter slot with fixed fragments and bound parameters.
:param {minStrength: 0.6}
MATCH (c:Cluster)
WHERE /*{filter}*/true
  AND NOT EXISTS { (c)-[t:TIED_WITH]-(other:Cluster) WHERE t.strength >= $minStrength AND other.country <> c.country }
RETURN c, COUNT { (c)-[t:TIED_WITH]-(:Cluster) WHERE t.strength >= $minStrength } AS domesticTies
ORDER BY c.id
