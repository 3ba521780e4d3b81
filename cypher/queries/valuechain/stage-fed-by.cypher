// The upstream stages that feed each of a batch of stages.
:param {ids: ['BAT-2', 'H2-3']}
UNWIND $ids AS id
MATCH (:Stage {id: id})<-[:FEEDS]-(s:Stage)<-[:HAS_STAGE]-(v:ValueChain)
RETURN id AS key, s, v.id AS valueChain
ORDER BY key, s.ordinal, s.id
