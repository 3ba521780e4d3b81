// Projects what each cluster is made of into the GDS catalog as $graph, for node similarity: an edge from the
// cluster to each of its ecosystems (weight 1 for the primary one, 0.5 for the others), to each value-chain stage it
// contributes to (1) and to each NACE division of its member companies (the share of its member companies in it).
// Clusters are the only nodes with outgoing edges, so only clusters are compared.
:param {graph: 'cluster-profiles-example'}
CALL {
  MATCH (c:Cluster)-[r:IN_ECOSYSTEM]->(f:Ecosystem)
  RETURN c, f, CASE WHEN r.primary THEN 1.0 ELSE 0.5 END AS weight
  UNION ALL
  MATCH (c:Cluster)-[:CONTRIBUTES_TO]->(f:Stage)
  RETURN c, f, 1.0 AS weight
  UNION ALL
  MATCH (c:Cluster)<-[:MEMBER_OF]-(m:Company)
  WITH c, substring(m.nace, 0, 2) AS division, count(*) AS companies
  WITH c, collect({division: division, companies: companies}) AS divisions, sum(companies) AS total
  UNWIND divisions AS d
  MATCH (f:Activity {code: d.division})
  RETURN c, f, toFloat(d.companies) / total AS weight
}
WITH gds.graph.project($graph, c, f, {relationshipProperties: {weight: weight}}) AS graph
RETURN graph.nodeCount AS nodes, graph.relationshipCount AS relationships
