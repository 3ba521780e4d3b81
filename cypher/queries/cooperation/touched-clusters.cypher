// The clusters whose cooperation ties an import may have changed, in id order: the clusters it wrote (or gave
// members or agreements), the clusters of the companies whose cooperation or supply it wrote, and every partner of
// the partnerships it wrote.
:param {clusters: ['CL00001'], companies: ['CO000001'], partnerships: ['PA001']}
CALL () {
  UNWIND $clusters AS id
  MATCH (c:Cluster {id: id})
  RETURN c
  UNION
  UNWIND $companies AS id
  MATCH (:Company {id: id})-[:MEMBER_OF]->(c:Cluster)
  RETURN c
  UNION
  UNWIND $partnerships AS id
  MATCH (:Partnership {id: id})<-[:PARTICIPATES_IN]-(c:Cluster)
  RETURN c
}
RETURN c.id AS id
ORDER BY id
