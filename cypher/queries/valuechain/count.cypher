// How many value chains there are.
:param {}
MATCH (v:ValueChain)
RETURN count(v) AS count
