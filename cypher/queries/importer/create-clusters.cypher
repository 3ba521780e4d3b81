// As merge-clusters.cypher, for clusters the graph does not hold yet (the importer has looked): created, with no old
// region edge to remove.
:param {nutsVersion: 2021, rows: [{id: 'CLX', region: 'DE111', properties: {name: 'Example'}}]}
UNWIND $rows AS row
MATCH (r:Region {code: row.region, version: $nutsVersion})
CREATE (c:Cluster {id: row.id})
SET c += row.properties, c.region = row.region, c.country = substring(row.region, 0, 2)
CREATE (c)-[:LOCATED_IN]->(r)
