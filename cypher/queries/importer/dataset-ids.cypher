// The datasets whose import completed.
:param {}
MATCH (d:Dataset)
RETURN d.id AS id
ORDER BY id
