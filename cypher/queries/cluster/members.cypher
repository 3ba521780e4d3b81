// A page of members (companies and organisations, by id) for each of a batch of clusters: one statement for
// every cluster of a response level, each limited on its own.
:param {ids: ['CL00001', 'CL00002'], after: null, limit: 21}
UNWIND $ids AS id
CALL (id) {
  MATCH (:Cluster {id: id})<-[m:MEMBER_OF]-(member)
  WHERE $after IS NULL OR member.id > $after
  RETURN member, m.since AS since
  ORDER BY member.id
  LIMIT $limit
}
RETURN id AS key, member, since, member:Company AS company
