// Links stages along their value chain: a stage that another follows FEEDS it. Several stages may feed one; a
// stage that the file no longer lists as followed stops feeding.
:param {rows: [{id: 'BAT-2', follows: ['BAT-1']}]}
UNWIND $rows AS row
MATCH (s:Stage {id: row.id})
CALL (s, row) {
  MATCH (upstream:Stage)-[old:FEEDS]->(s)
  WHERE NOT upstream.id IN row.follows
  DELETE old
}
WITH s, row
UNWIND row.follows AS upstreamId
MATCH (upstream:Stage {id: upstreamId})
MERGE (upstream)-[:FEEDS]->(s)
