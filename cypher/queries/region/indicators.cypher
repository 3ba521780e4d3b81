// The indicator values of each of a batch of regions, by indicator and year.
:param {keys: [{code: 'DE11', version: 2021}]}
UNWIND $keys AS key
MATCH (:Region {code: key.code, version: key.version})-[:HAS_INDICATOR]->(i:IndicatorValue)
RETURN key.code AS code, key.version AS version, i
ORDER BY code, version, i.indicator, i.year
