// The cluster or company behind each of a batch of ids, with its label; ids that name neither are left out.
:param {ids: ['CL00001', 'CO000001']}
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Cluster {id: id}) RETURN c AS party, 'Cluster' AS label
  UNION
  MATCH (c:Company {id: id}) RETURN c AS party, 'Company' AS label
}
RETURN id, party, label
