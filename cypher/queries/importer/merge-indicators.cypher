// Creates or updates regional indicator values and attaches them to their region.
:param {nutsVersion: 2021, rows: [{id: 'DE11|RD_GDP|2021', region: 'DE11', properties: {indicator: 'RD_GDP', year: 2021, value: 6.1}}]}
UNWIND $rows AS row
MATCH (r:Region {code: row.region, version: $nutsVersion})
MERGE (i:IndicatorValue {id: row.id})
SET i += row.properties
MERGE (r)-[:HAS_INDICATOR]->(i)
