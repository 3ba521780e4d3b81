// Creates or updates the strategic value chains with their ecosystems and key NACE activities; an ecosystem or
// activity that the file no longer lists for a value chain loses its edge.
:param {rows: [{id: 'BAT', properties: {ordinal: 1, name: 'Batteries', policyAnchor: 'EBA', confidence: 'high'}, ecosystems: ['ELEC'], keyActivities: ['27.2']}]}
UNWIND $rows AS row
MERGE (v:ValueChain {id: row.id})
SET v += row.properties
WITH v, row
CALL (v, row) {
  MATCH (v)-[old:IN_ECOSYSTEM]->(e:Ecosystem)
  WHERE NOT e.id IN row.ecosystems
  DELETE old
}
CALL (v, row) {
  MATCH (v)-[old:KEY_ACTIVITY]->(a:Activity)
  WHERE NOT a.code IN row.keyActivities
  DELETE old
}
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
