// Creates or updates the employment of a NUTS 2 region in a NACE division: one EMPLOYS relationship per pair,
// carrying employees, establishments, source and synthetic.
:param {nutsVersion: 2021, rows: [{region: 'DE11', division: '28', properties: {employees: 41000, establishments: 900, source: 'synthetic', synthetic: true}}]}
UNWIND $rows AS row
MATCH (r:Region {code: row.region, version: $nutsVersion})
MATCH (a:Activity {code: row.division})
MERGE (r)-[e:EMPLOYS]->(a)
SET e += row.properties
