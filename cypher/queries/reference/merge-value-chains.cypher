// Creates or updates the strategic value chains with their ecosystems and key NACE activities.
:param {rows: [{id: 'BAT', properties: {ordinal: 1, name: 'Batteries', policyAnchor: 'EBA', confidence: 'high'}, ecosystems: ['ELEC'], keyActivities: ['27.2']}]}
UNWIND $rows AS row
MERGE (v:ValueChain {id: row.id})
SET v += row.properties
WITH v, row
CALL (v, row) {
  UNWIND row.ecosystems AS ecosystemId
  MATCH (e:Ecosystem {id: ecosystemId})
  MERGE (v)-[:IN_ECOSYSTEM]->(e)
}
CALL (v, row) {
  UNWIND row.keyActivities AS code
  MATCH (a:Activity {code: code})
  MERGE (v)-[:KEY_ACTIVITY]->(a)
}
