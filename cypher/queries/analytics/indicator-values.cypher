// The values of indicator $indicator in year $year for the regions of NUTS level $level of version $version.
:param {version: 2021, level: 2, indicator: 'RD_GDP', year: 2021}
MATCH (r:Region {version: $version, level: $level})-[:HAS_INDICATOR]->(i:IndicatorValue {indicator: $indicator, year: $year})
RETURN r.code AS code, i.value AS value
ORDER BY code
