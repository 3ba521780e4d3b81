// Creates or updates NUTS regions, keyed by code and version (the reference loader sends them in batches).
:param {rows: [{code: 'XX1', version: 2021, parent: 'XX', properties: {level: 1, country: 'XX', name: 'Example', eu: false}}]}
UNWIND $rows AS row
MERGE (r:Region {code: row.code, version: row.version})
SET r += row.properties
