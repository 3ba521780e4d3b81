// How many organisations match a filter (the organisation feature fills the filter slot; as written, all).
:param {}
MATCH (o:Organisation)
WHERE /*{filter}*/true
RETURN count(o) AS count
