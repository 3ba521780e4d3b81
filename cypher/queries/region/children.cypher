// The children of each of a batch of regions, ordered by code.
:param {keys: [{code: 'DE1', version: 2021}, {code: 'FR1', version: 2021}]}
UNWIND $keys AS key
MATCH (:Region {code: key.code, version: key.version})<-[:PART_OF]-(child:Region)
RETURN key.code AS code, key.version AS version, child
ORDER BY code, version, child.code
