// How many industrial ecosystems there are.
:param {}
MATCH (e:Ecosystem)
RETURN count(e) AS count
