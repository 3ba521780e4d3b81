// Creates or updates member companies with their NUTS region and NACE activity. Region, country, NACE code and
// section are also kept on the node, for indexed filters (codes nest by prefix).
:param {nutsVersion: 2021, rows: [{id: 'COX', region: 'DE111', nace: '27.20', properties: {name: 'Example'}}]}
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
SET c += row.properties, c.region = row.region, c.country = substring(row.region, 0, 2), c.nace = row.nace
WITH c, row
MATCH (r:Region {code: row.region, version: $nutsVersion})
MERGE (c)-[:LOCATED_IN]->(r)
WITH c, row
MATCH (a:Activity {code: row.nace})
MERGE (c)-[:HAS_ACTIVITY]->(a)
SET c.naceSection = a.section
