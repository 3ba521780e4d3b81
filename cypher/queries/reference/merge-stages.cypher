// Creates or updates value-chain stages, attached to their value chain and to their key NACE activities; a key
// activity that the file no longer lists for a stage, or another value chain, loses its edge.
:param {rows: [{id: 'BAT-1', valueChain: 'BAT', properties: {ordinal: 1, name: 'Raw material extraction'}, follows: [], keyActivities: ['07.29']}]}
UNWIND $rows AS row
MATCH (v:ValueChain {id: row.valueChain})
MERGE (s:Stage {id: row.id})
SET s += row.properties
MERGE (v)-[:HAS_STAGE]->(s)
WITH v, s, row
CALL (v, s) {
  MATCH (other:ValueChain)-[old:HAS_STAGE]->(s)
  WHERE other <> v
  DELETE old
}
CALL (s, row) {
  MATCH (s)-[old:KEY_ACTIVITY]->(a:Activity)
  WHERE NOT a.code IN row.keyActivities
  DELETE old
}
CALL (s, row) {
  UNWIND row.keyActivities AS code
  MATCH (a:Activity {code: code})
  MERGE (s)-[:KEY_ACTIVITY]->(a)
}
