// Creates or updates the 14 industrial ecosystems.
:param {rows: [{id: 'XX', properties: {ordinal: 15, name: 'Example', nameEccp: 'Example', source: 'test'}}]}
UNWIND $rows AS row
MERGE (e:Ecosystem {id: row.id})
SET e += row.properties
