// The clusters whose ties a change of these clusters may change: themselves and every cluster tied to them, in id
// order.
:param {clusters: ['CL00001']}
UNWIND $clusters AS id
MATCH (c:Cluster {id: id})
CALL (c) {
  RETURN c.id AS cluster
  UNION
  MATCH (c)-[:TIED_WITH]-(partner:Cluster)
  RETURN partner.id AS cluster
}
RETURN DISTINCT cluster
ORDER BY cluster
