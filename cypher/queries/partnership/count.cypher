// How many partnerships match a filter (the partnership feature fills the filter slot; as written, all).
:param {}
MATCH (p:Partnership)
WHERE /*{filter}*/true
RETURN count(p) AS count
