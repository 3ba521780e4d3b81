// Creates or updates member companies with their NUTS region and NACE activity. Region, country, NACE code and
// section are also kept on the node, for indexed filters (codes nest by prefix). A company re-imported with another
// region or activity loses the old edge: a company is in one region of a NUTS version and has one main activity.
:param {nutsVersion: 2021, rows: [{id: 'COX', region: 'DE111', nace: '27.20', properties: {name: 'Example'}}]}
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
SET c += row.properties, c.region = row.region, c.country = substring(row.region, 0, 2), c.nace = row.nace
WITH c, row
CALL (c, row) {
  MATCH (c)-[old:LOCATED_IN]->(previous:Region {version: $nutsVersion})
  WHERE previous.code <> row.region
  DELETE old
}
CALL (c, row) {
  MATCH (c)-[old:HAS_ACTIVITY]->(previous:Activity)
  WHERE previous.code <> row.nace
  DELETE old
}
MATCH (r:Region {code: row.region, version: $nutsVersion})
MERGE (c)-[:LOCATED_IN]->(r)
WITH c, row
MATCH (a:Activity {code: row.nace})
MERGE (c)-[:HAS_ACTIVITY]->(a)
SET c.naceSection = a.section
