// Creates a curated cluster at version 1 in its seat region, with its ecosystems and stages; the caller has checked
// that the id is free and that the region, ecosystems and stages exist.
:param {nutsVersion: 2021, id: 'CLX', region: 'DE111', properties: {name: 'Example'}, ecosystems: [{id: 'AGRI', primary: true}], stages: ['BAT-1']}
MATCH (r:Region {code: $region, version: $nutsVersion})
CREATE (c:Cluster {id: $id})
SET c += $properties, c.region = $region, c.country = substring($region, 0, 2), c.version = 1, c.memberCount = 0,
    c.companyCount = 0, c.synthetic = false
CREATE (c)-[:LOCATED_IN]->(r)
WITH c
CALL (c) {
  UNWIND $ecosystems AS ecosystem
  MATCH (x:Ecosystem {id: ecosystem.id})
  CREATE (c)-[:IN_ECOSYSTEM {primary: ecosystem.primary}]->(x)
}
CALL (c) {
  UNWIND $stages AS stage
  MATCH (s:Stage {id: stage})
  CREATE (c)-[:CONTRIBUTES_TO]->(s)
}
RETURN c.version AS version
