// The stage pairs of the chosen value chains (all when $valueChain is null) where the first feeds the second.
:param {valueChain: 'BAT'}
MATCH (v:ValueChain)-[:HAS_STAGE]->(s:Stage)-[:FEEDS]->(t:Stage)
WHERE $valueChain IS NULL OR v.id = $valueChain
RETURN s.id AS from, t.id AS to
ORDER BY from, to
