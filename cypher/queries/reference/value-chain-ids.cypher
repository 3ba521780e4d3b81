// Every value chain id.
:param {}
MATCH (v:ValueChain)
RETURN v.id AS code
