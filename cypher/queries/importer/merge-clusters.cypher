// Creates or updates cluster organisations and places them in their NUTS region.
:param {nutsVersion: 2021, rows: [{id: 'CLX', region: 'DE111', properties: {name: 'Example'}}]}
UNWIND $rows AS row
MERGE (c:Cluster {id: row.id})
SET c += row.properties
WITH c, row
MATCH (r:Region {code: row.region, version: $nutsVersion})
MERGE (c)-[:LOCATED_IN]->(r)
