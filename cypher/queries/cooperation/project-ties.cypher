// Projects the cluster tie network into the GDS catalog as a weighted graph named $graph, layered by hop count so
// that a plain shortest-path search honours a hop bound. Clusters are numbered by their position in id order (i);
// cluster i at hop h (0 to 6) is the node i * 16 + h, and each tie of at least $minStrength over the chosen
// channels (their strength properties recombined as derive-ties defines) leads from hop h of one end to hop h + 1
// of the other, both ways, at cost -ln(strength). The least-cost path is then the strongest (its strength the
// product of its ties'). Exits i * 16 + 6 + m end the paths of at most m ties (1 to 6) at cluster i, at no cost: a
// search to i's exit m is a search within m hops. Strength is capped at 0.999999 for the cost, so no tie is free and
// no detour costs nothing. The numbering holds for one tie network version, which the projection is named after.
:param {graph: 'cluster-ties-example', strengthProperties: ['sharedMemberStrength', 'partnershipStrength', 'agreementStrength', 'memberCooperationStrength'], minStrength: 0.6}
WITH COLLECT { MATCH (c:Cluster) RETURN c.id ORDER BY c.id } AS ids
WITH ids, apoc.map.fromLists(ids, range(0, size(ids) - 1)) AS position
CALL (ids, position) {
  UNWIND range(0, size(ids) - 1) AS i
  RETURN i * 16 AS source, null AS target, null AS cost
  UNION ALL
  UNWIND range(0, size(ids) - 1) AS i
  UNWIND range(1, 6) AS most
  UNWIND range(1, most) AS hops
  RETURN i * 16 + hops AS source, i * 16 + 6 + most AS target, 0.0 AS cost
  UNION ALL
  MATCH (a:Cluster)-[t:TIED_WITH]->(b:Cluster)
  WITH a, b, 1 - reduce(rest = 1.0, property IN $strengthProperties | rest * (1 - coalesce(t[property], 0.0))) AS strength
  WHERE strength >= $minStrength AND strength > 0
  UNWIND range(0, 5) AS hop
  UNWIND [[position[a.id], position[b.id]], [position[b.id], position[a.id]]] AS ends
  RETURN ends[0] * 16 + hop AS source, ends[1] * 16 + hop + 1 AS target,
         -log(CASE WHEN strength > 0.999999 THEN 0.999999 ELSE strength END) AS cost
}
WITH gds.graph.project($graph, source, target, {relationshipProperties: {cost: coalesce(cost, 0.0)}}) AS graph
RETURN graph.nodeCount AS nodes, graph.relationshipCount AS relationships
