// Every NACE Rev. 2 code: what a dataset's nace column may name.
:param {}
MATCH (a:Activity)
RETURN a.code AS code
