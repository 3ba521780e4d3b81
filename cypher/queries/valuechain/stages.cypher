// The stages of each of a batch of value chains, upstream first.
:param {ids: ['BAT', 'H2']}
UNWIND $ids AS id
MATCH (:ValueChain {id: id})-[:HAS_STAGE]->(s:Stage)
RETURN id AS key, s, id AS valueChain
ORDER BY key, s.ordinal
