// The parent of each of a batch of regions (one statement for all the regions of a GraphQL response level).
:param {keys: [{code: 'DE11', version: 2021}, {code: 'FR10', version: 2021}]}
UNWIND $keys AS key
MATCH (:Region {code: key.code, version: key.version})-[:PART_OF]->(parent:Region)
RETURN key.code AS code, key.version AS version, parent
