// The bilateral agreements of each of a batch of clusters (stored once per pair, read both ways).
:param {ids: ['CL00001', 'CL00002']}
UNWIND $ids AS id
MATCH (c:Cluster {id: id})-[r:AGREEMENT_WITH]-(other:Cluster)
RETURN id AS key, other, r.kind AS kind, r.since AS since,
       coalesce(c.synthetic, false) OR coalesce(other.synthetic, false) AS synthetic
ORDER BY key, other.id
