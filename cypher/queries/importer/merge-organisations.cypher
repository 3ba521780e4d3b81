// Creates or updates non-company members (research, universities, public bodies, intermediaries). The region is
// optional; an organisation re-imported with another region, or none, loses the old edge.
:param {nutsVersion: 2021, rows: [{id: 'ORX', region: 'DE111', properties: {name: 'Example', type: 'RESEARCH'}}]}
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
SET o += row.properties, o.region = row.region, o.country = substring(row.region, 0, 2)
WITH o, row
CALL (o, row) {
  MATCH (o)-[old:LOCATED_IN]->(previous:Region {version: $nutsVersion})
  WHERE row.region IS NULL OR previous.code <> row.region
  DELETE old
}
WITH o, row
WHERE row.region IS NOT NULL
MATCH (r:Region {code: row.region, version: $nutsVersion})
MERGE (o)-[:LOCATED_IN]->(r)
