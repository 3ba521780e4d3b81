// Links each NUTS region to the region it is part of, within the same NUTS version.
:param {rows: [{code: 'DE11', version: 2021, parent: 'DE1'}]}
UNWIND $rows AS row
MATCH (r:Region {code: row.code, version: row.version})
MATCH (p:Region {code: row.parent, version: row.version})
MERGE (r)-[:PART_OF]->(p)
