// How many value chains match a filter; the value-chain feature fills the slot as for valuechain/page.
:param {}
MATCH (v:ValueChain)
WHERE /*{filter}*/true
RETURN count(v) AS count
