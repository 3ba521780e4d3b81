// Every value-chain stage id.
:param {}
MATCH (s:Stage)
RETURN s.id AS code
