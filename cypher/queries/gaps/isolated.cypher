// Clusters matching a filter with no tie to a cluster in another country, with their domestic ties. The gaps
// feature fills the filter slot with fixed fragments and bound parameters.
:param {}
MATCH (c:Cluster)
WHERE /*{filter}*/true
  AND NOT EXISTS { (c)-[:TIED_WITH]-(other:Cluster) WHERE other.country <> c.country }
RETURN c, COUNT { (c)-[:TIED_WITH]-(:Cluster) } AS domesticTies
ORDER BY c.id
