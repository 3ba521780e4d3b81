// How many industrial ecosystems match a filter; the ecosystem feature fills the slot as for ecosystem/page.
:param {}
MATCH (e:Ecosystem)
WHERE /*{filter}*/true
RETURN count(e) AS count
