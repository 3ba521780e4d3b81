// Every industrial ecosystem id.
:param {}
MATCH (e:Ecosystem)
RETURN e.id AS code
