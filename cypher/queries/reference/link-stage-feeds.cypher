// Links stages along their value chain: a stage that another follows FEEDS it. Several stages may feed one.
:param {rows: [{id: 'BAT-2', follows: ['BAT-1']}]}
UNWIND $rows AS row
MATCH (s:Stage {id: row.id})
UNWIND row.follows AS upstreamId
MATCH (upstream:Stage {id: upstreamId})
MERGE (upstream)-[:FEEDS]->(s)
