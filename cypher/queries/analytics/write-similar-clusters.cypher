// Writes onto every cluster its $topK most similar clusters by weighted Jaccard similarity of their profiles
// (project-profiles.cypher), most similar first and equal scores by id, as two parallel lists. Clusters that share
// nothing with any other get empty lists, so no list from an earlier computation is left behind.
:param {graph: 'cluster-profiles-example', topK: 20}
MATCH (c:Cluster)
SET c.similarClusterIds = [], c.similarClusterScores = []
WITH count(*) AS cleared
CALL gds.nodeSimilarity.stream($graph, {topK: $topK, relationshipWeightProperty: 'weight', concurrency: 1})
  YIELD node1, node2, similarity
WITH gds.util.asNode(node1) AS c, gds.util.asNode(node2) AS d, similarity
ORDER BY c.id, similarity DESC, d.id
WITH c, collect(d.id) AS ids, collect(similarity) AS scores
SET c.similarClusterIds = ids, c.similarClusterScores = scores
RETURN count(c) AS clusters
