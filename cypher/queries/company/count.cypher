// How many companies match a filter (the company feature fills the filter slot; as written, all companies).
:param {}
MATCH (c:Company)
WHERE /*{filter}*/true
RETURN count(c) AS count
