// The downstream stages each of a batch of stages feeds.
:param {ids: ['BAT-1', 'H2-2']}
UNWIND $ids AS id
MATCH (:Stage {id: id})-[:FEEDS]->(s:Stage)<-[:HAS_STAGE]-(v:ValueChain)
RETURN id AS key, s, v.id AS valueChain
ORDER BY key, s.ordinal, s.id
