// How many NUTS regions of one version match the optional level and country.
:param {version: 2021, level: 2, country: 'DE'}
MATCH (r:Region {version: $version})
WHERE ($level IS NULL OR r.level = $level)
  AND ($country IS NULL OR r.country = $country)
RETURN count(r) AS count
