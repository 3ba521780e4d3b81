// Links NACE activities to ecosystems by the working map, keeping its sampling weight and its basis.
:param {rows: [{code: '30.3', ecosystem: 'AERO', weight: 0.45, basis: 'working approximation'}]}
UNWIND $rows AS row
MATCH (a:Activity {code: row.code})
MATCH (e:Ecosystem {id: row.ecosystem})
MERGE (a)-[r:IN_ECOSYSTEM]->(e)
SET r.weight = row.weight, r.basis = row.basis
