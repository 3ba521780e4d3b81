// Creates or updates value-chain stages, attached to their value chain and to their key NACE activities.
:param {rows: [{id: 'BAT-1', valueChain: 'BAT', properties: {ordinal: 1, name: 'Raw material extraction'}, follows: [], keyActivities: ['07.29']}]}
UNWIND $rows AS row
MATCH (v:ValueChain {id: row.valueChain})
MERGE (s:Stage {id: row.id})
SET s += row.properties
MERGE (v)-[:HAS_STAGE]->(s)
WITH s, row
CALL (s, row) {
  UNWIND row.keyActivities AS code
  MATCH (a:Activity {code: code})
  MERGE (s)-[:KEY_ACTIVITY]->(a)
}
