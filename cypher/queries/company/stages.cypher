// The value-chain stages each of a batch of companies is active in.
:param {ids: ['CO000001', 'CO000002']}
UNWIND $ids AS id
MATCH (:Company {id: id})-[:ACTIVE_IN]->(s:Stage)<-[:HAS_STAGE]-(v:ValueChain)
RETURN id AS key, s, v.id AS valueChain
ORDER BY key, v.ordinal, s.ordinal
