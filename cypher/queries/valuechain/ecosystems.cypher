// The ecosystems of each of a batch of value chains, in official order.
:param {ids: ['BAT', 'H2']}
UNWIND $ids AS id
MATCH (:ValueChain {id: id})-[:IN_ECOSYSTEM]->(e:Ecosystem)
RETURN id AS key, e
ORDER BY key, e.ordinal
