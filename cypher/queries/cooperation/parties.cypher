// The cluster or company behind each of a batch of ids, with its label and the clusters it enters the tie network
// by (a cluster itself; a company's clusters, with the year each membership began); ids that name neither are left
// out. Every row also carries the tie network's version and the number of clusters, which name its weighted
// projections.
:param {ids: ['CL00001', 'CO000001']}
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Cluster {id: id}) RETURN c AS party, 'Cluster' AS label, [{id: id, cluster: c}] AS clusters
  UNION
  MATCH (c:Company {id: id})
  RETURN c AS party, 'Company' AS label, COLLECT {
    MATCH (c)-[m:MEMBER_OF]->(k:Cluster) RETURN {id: k.id, since: m.since, cluster: k} AS membership ORDER BY membership.id
  } AS clusters
}
RETURN id, party, label, clusters,
       COLLECT { MATCH (network:TieNetwork {id: 'cluster-ties'}) RETURN network.version }[0] AS version,
       COUNT { (:Cluster) } AS clusterCount
