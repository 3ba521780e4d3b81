// A page of NUTS regions of one version, optionally of one level and country, ordered by code after a cursor key.
:param {version: 2021, level: 2, country: 'DE', after: null, limit: 21}
MATCH (r:Region {version: $version})
WHERE ($level IS NULL OR r.level = $level)
  AND ($country IS NULL OR r.country = $country)
  AND ($after IS NULL OR r.code > $after)
RETURN r
ORDER BY r.code
LIMIT $limit
