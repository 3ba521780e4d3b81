// Updates a cluster if it is still at the version the caller read (optimistic locking, as Spring Data Neo4j's
// @Version does): no row when another change came first. A property given as null is removed; a new region moves
// the seat.
:param {nutsVersion: 2021, id: 'CL00001', version: 0, properties: {name: 'New name'}, region: null}
MATCH (c:Cluster {id: $id})
WHERE coalesce(c.version, 0) = $version
SET c += $properties, c.version = $version + 1
WITH c
CALL (c) {
  WITH c
  WHERE $region IS NOT NULL AND c.region <> $region
  MATCH (c)-[old:LOCATED_IN]->(:Region {version: $nutsVersion})
  DELETE old
}
CALL (c) {
  WITH c
  WHERE $region IS NOT NULL
  MATCH (r:Region {code: $region, version: $nutsVersion})
  MERGE (c)-[:LOCATED_IN]->(r)
  SET c.region = $region, c.country = substring($region, 0, 2)
}
RETURN c.version AS version
