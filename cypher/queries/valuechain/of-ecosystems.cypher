// The value chains that draw on each of a batch of ecosystems.
:param {ids: ['MOB', 'REN']}
UNWIND $ids AS id
MATCH (:Ecosystem {id: id})<-[:IN_ECOSYSTEM]-(v:ValueChain)
RETURN id AS key, v
ORDER BY key, v.ordinal
