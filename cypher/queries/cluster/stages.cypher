// The value-chain stages each of a batch of clusters contributes to.
:param {ids: ['CL00001', 'CL00002']}
UNWIND $ids AS id
MATCH (:Cluster {id: id})-[:CONTRIBUTES_TO]->(s:Stage)<-[:HAS_STAGE]-(v:ValueChain)
RETURN id AS key, s, v.id AS valueChain
ORDER BY key, v.ordinal, s.ordinal
