// How many NUTS regions match a filter; the region feature fills the slot as for region/page.
:param {}
MATCH (r:Region)
WHERE /*{filter}*/(r.version = 2021 AND r.level = 2 AND r.country = 'DE')
RETURN count(r) AS count
