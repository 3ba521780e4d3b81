// As merge-organisations.cypher, for organisations the graph does not hold yet (the importer has looked): created,
// placed in their region when they have one.
:param {nutsVersion: 2021, rows: [{id: 'ORX', region: 'DE111', properties: {name: 'Example', type: 'RESEARCH'}}]}
UNWIND $rows AS row
CREATE (o:Organisation {id: row.id})
SET o += row.properties, o.region = row.region, o.country = substring(row.region, 0, 2)
WITH o, row
WHERE row.region IS NOT NULL
MATCH (r:Region {code: row.region, version: $nutsVersion})
CREATE (o)-[:LOCATED_IN]->(r)
