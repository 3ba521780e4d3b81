// Creates or updates cluster organisations and places them in their NUTS region. The region code and country are
// also kept on the node: NUTS codes nest by prefix, so "in DE1 or below" is an indexed STARTS WITH. A cluster
// re-imported with another region loses the old edge.
:param {nutsVersion: 2021, rows: [{id: 'CLX', region: 'DE111', properties: {name: 'Example'}}]}
UNWIND $rows AS row
MERGE (c:Cluster {id: row.id})
SET c += row.properties, c.region = row.region, c.country = substring(row.region, 0, 2)
WITH c, row
CALL (c, row) {
  MATCH (c)-[old:LOCATED_IN]->(previous:Region {version: $nutsVersion})
  WHERE previous.code <> row.region
  DELETE old
}
MATCH (r:Region {code: row.region, version: $nutsVersion})
MERGE (c)-[:LOCATED_IN]->(r)
